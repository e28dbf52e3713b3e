// Shows the length of an alert's SMS in segments while it is typed. The server counts the same way when the draft
// is saved (SmsLength): GSM 7-bit when every character is in the GSM alphabet, else UCS-2.
(() => {
	const basic = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
	const extension = '^{}\\[~]|€\f';

	function fill(sizes, single, part) {
		const total = sizes.reduce((sum, size) => sum + size, 0);
		if (total === 0) {
			return 0;
		}
		if (total <= single) {
			return 1;
		}
		let segments = 1;
		let used = 0;
		for (const size of sizes) {
			if (used + size > part) {
				segments += 1;
				used = 0;
			}
			used += size;
		}
		return segments;
	}

	function measure(text) {
		const characters = [...text];
		if (characters.every((c) => basic.includes(c) || extension.includes(c))) {
			return { characters: characters.length, segments: fill(characters.map((c) => (basic.includes(c) ? 1 : 2)), 160, 153), unicode: false };
		}
		return { characters: characters.length, segments: fill(characters.map((c) => c.length), 70, 67), unicode: true };
	}

	document.addEventListener('DOMContentLoaded', () => {
		document.querySelectorAll('textarea[data-sms-footer]').forEach((area) => {
			const output = document.getElementById(area.getAttribute('aria-describedby'));
			const update = () => {
				const length = measure(area.value.trim() + ' ' + area.dataset.smsFooter);
				const template = length.unicode ? area.dataset.templateUnicode : area.dataset.templateGsm;
				output.textContent = template.replace('#chars', length.characters).replace('#segments', length.segments);
			};
			area.addEventListener('input', update);
		});
	});
})();
