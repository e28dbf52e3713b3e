// Warns while a person types a phone number or an email address into a notes field marked data-contact-check.
// The server decides (privacy.ContactDetails, same patterns); this only saves a round trip.
document.addEventListener('DOMContentLoaded', () => {
	const patterns = [
		/(?<![\d+])(?:\+?1[\s.-]*)?\(?[2-9]\d{2}\)?[\s.-]*[2-9]\d{2}[\s.-]*\d{4}(?!\d)/,
		/(?<![\d+])[2-9]\d{2}[\s.-]\d{4}(?!\d)/,
		/[\w.+%-]+\s*(?:@|\[at]|\(at\))\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/i,
	];
	const international = /\+\d[\d\s.()-]{6,}\d/g;
	const holdsContact = (text) => patterns.some((pattern) => pattern.test(text))
		|| (text.match(international) || []).some((found) => {
			const digits = found.replace(/\D/g, '').length;
			return digits >= 8 && digits <= 15;
		});
	document.querySelectorAll('textarea[data-contact-check]').forEach((field) => {
		const message = document.getElementById(field.getAttribute('aria-describedby').split(' ').pop());
		const form = field.form;
		const check = () => {
			const flagged = holdsContact(field.value);
			message.hidden = !flagged;
			message.textContent = flagged ? message.dataset.message : '';
			field.setAttribute('aria-invalid', flagged ? 'true' : 'false');
			form.querySelectorAll('button[type=submit]').forEach((button) => { button.disabled = flagged; });
		};
		field.addEventListener('input', check);
		check();
	});
});
