// Small enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
	document.querySelectorAll('[data-counter]').forEach((counter) => {
		const input = counter.querySelector('input[type=number]');
		counter.querySelectorAll('button[data-step]').forEach((button) => {
			button.addEventListener('click', (event) => {
				event.preventDefault();
				const next = (parseInt(input.value || '0', 10) || 0) + parseInt(button.dataset.step, 10);
				input.value = Math.max(0, next);
				input.dispatchEvent(new Event('change', { bubbles: true }));
			});
		});
	});
});
