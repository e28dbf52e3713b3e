// Entries made without a connection: kept on the phone by the service worker (/sw.js), sent from here when the
// connection returns, and shown in the "On this phone" box of the peer pages: waiting, saved or refused.
// Every page works without this file; it only adds what a page cannot do alone (decision 0094).
(() => {
	const OUTBOX = 'satellite-outbox';
	const PAGES_PREFIX = 'satellite-pages-';
	// For each idempotency key used on this phone: what the entry was, in words, and whose it is. Nothing else.
	const NOTES = 'satellite.outbox.notes';
	const MOST_NOTES = 100;
	let needLogin = false;
	let flushing = false;
	let quickRetries = 0;
	// Once logging out has begun, nothing more is read or written here (a late write would bring a cache back).
	let loggingOut = false;

	const notes = () => {
		try {
			return JSON.parse(localStorage.getItem(NOTES) || '{}');
		}
		catch (unreadable) {
			return {};
		}
	};

	const keepNote = (key, note) => {
		const all = notes();
		all[key] = note;
		const keys = Object.keys(all).sort((a, b) => all[a].at - all[b].at);
		keys.slice(0, Math.max(0, keys.length - MOST_NOTES)).forEach((old) => delete all[old]);
		localStorage.setItem(NOTES, JSON.stringify(all));
	};

	const entries = async () => {
		if (loggingOut || !('caches' in window) || !(await caches.has(OUTBOX))) {
			return [];
		}
		const outbox = await caches.open(OUTBOX);
		const kept = [];
		for (const request of await outbox.keys()) {
			const response = await outbox.match(request);
			kept.push(Object.assign(await response.json(), { address: request.url }));
		}
		return kept.sort((a, b) => a.keptAt - b.keptAt);
	};

	const update = async (entry, state, reason, page) => {
		if (loggingOut) {
			return;
		}
		const outbox = await caches.open(OUTBOX);
		const changed = { path: entry.path, body: entry.body, key: entry.key, keptAt: entry.keptAt,
			madeAt: entry.madeAt, state: state, reason: reason, page: page };
		await outbox.put(entry.address, new Response(JSON.stringify(changed)));
	};

	const forget = async (entry) => {
		const outbox = await caches.open(OUTBOX);
		await outbox.delete(entry.address);
	};

	// What a form says in words, for the list of entries: the counters that are not zero, the numbers and the time
	// typed, or the button that sent it.
	const summarise = (form, submitter) => {
		const parts = [];
		form.querySelectorAll('input[type=number], input[type=datetime-local]').forEach((input) => {
			const label = form.querySelector('label[for="' + input.id + '"]');
			const name = label ? label.textContent.trim() : input.name;
			if (input.type === 'datetime-local' && input.value) {
				parts.push(input.value.replace('T', ' '));
			}
			else if (input.closest('[data-counter]') && parseInt(input.value, 10) > 0) {
				parts.push(input.value + ' × ' + name);
			}
			else if (!input.closest('[data-counter]') && input.value) {
				parts.push(name + ': ' + input.value);
			}
		});
		if (parts.length === 0 && submitter) {
			parts.push(submitter.textContent.trim());
		}
		return parts.join(', ');
	};

	const box = () => document.getElementById('outbox');

	const render = async () => {
		const section = box();
		if (!section) {
			return;
		}
		const all = await entries();
		const known = notes();
		const offline = !navigator.onLine || document.body.hasAttribute('data-kept-copy');
		const state = section.querySelector('.outbox-state');
		state.textContent = needLogin ? section.dataset.login : (offline ? section.dataset.offline : '');
		state.hidden = state.textContent === '';
		const list = section.querySelector('ul');
		list.replaceChildren();
		const when = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
			{ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
		all.forEach((entry) => {
			const note = known[entry.key] || {};
			const item = document.createElement('li');
			item.className = 'outbox-' + entry.state;
			const what = document.createElement('span');
			what.className = 'what';
			what.textContent = [note.label, note.summary].filter(Boolean).join(': ');
			const kept = document.createElement('span');
			kept.className = 'hint';
			kept.textContent = section.dataset.kept.replace('{0}', when.format(new Date(programWall(entry.keptAt))));
			const outcome = document.createElement('strong');
			outcome.textContent = entry.state === 'saved' ? section.dataset.saved
				: (entry.state === 'refused' ? section.dataset.refused.replace('{0}', entry.reason || '')
					: section.dataset.waiting);
			item.append(what, kept, outcome);
			if (entry.state === 'saved' && entry.page) {
				const open = document.createElement('a');
				open.href = entry.page;
				open.textContent = note.label || entry.page;
				item.append(open);
			}
			if (entry.state !== 'waiting') {
				const dismiss = document.createElement('button');
				dismiss.type = 'button';
				dismiss.className = 'secondary';
				dismiss.textContent = section.dataset.dismiss;
				dismiss.addEventListener('click', async () => {
					await forget(entry);
					render();
				});
				item.append(dismiss);
			}
			list.append(item);
		});
		section.hidden = all.length === 0 && state.hidden;
	};

	const send = async () => {
		const waiting = (await entries()).filter((entry) => entry.state === 'waiting');
		if (waiting.length === 0) {
			return;
		}
		let session;
		try {
			const response = await fetch('/app/peer/session',
				{ credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
			if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) {
				needLogin = true;
				return;
			}
			session = await response.json();
			needLogin = false;
		}
		catch (noConnection) {
			return;
		}
		const known = notes();
		for (const entry of waiting) {
			const note = known[entry.key];
			// An entry is sent only under the account that made it (its key belongs to that account).
			if (note && note.account && note.account !== session.account) {
				continue;
			}
			// Sent exactly as it was made (its key and its madeAt included), so that if an earlier attempt did land
			// after all, the server sees the same entry again and saves nothing more.
			const form = new URLSearchParams(entry.body);
			form.set(session.csrfParameter, session.csrfToken);
			let response;
			try {
				response = await fetch(entry.path, { method: 'POST', body: form, credentials: 'same-origin' });
			}
			catch (noConnection) {
				return;
			}
			const landed = new URL(response.url);
			if (landed.pathname === '/login' || landed.pathname === '/resubmit') {
				needLogin = true;
				return;
			}
			if (response.status >= 500) {
				// The server stumbled (two requests of one session at once can): try again soon, a few times.
				if (quickRetries < 5) {
					quickRetries += 1;
					setTimeout(flush, 3000);
				}
				return;
			}
			// A refusal is said on the page the server answers with (422 for a form drawn again, or the form's page
			// with the reason), in the person's words.
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			const problem = page.querySelector('main .notice.bad');
			if (problem || !response.ok) {
				await update(entry, 'refused', problem ? problem.textContent.trim() : String(response.status));
			}
			else {
				await update(entry, 'saved', null, landed.pathname.endsWith('/saved') ? landed.pathname : null);
			}
		}
	};

	const flush = async () => {
		if (flushing || !('caches' in window)) {
			return;
		}
		flushing = true;
		try {
			if (navigator.locks) {
				await navigator.locks.request('satellite-outbox', send);
			}
			else {
				await send();
			}
		}
		finally {
			flushing = false;
			render();
		}
	};

	const clearPhone = async () => {
		loggingOut = true;
		if ('serviceWorker' in navigator) {
			for (const registration of await navigator.serviceWorker.getRegistrations()) {
				if (registration.active) {
					registration.active.postMessage({ forget: true });
				}
				await registration.unregister();
			}
		}
		localStorage.removeItem(NOTES);
		localStorage.removeItem(WALL_OFFSET);
		localStorage.removeItem(NOW_OFFSET);
		if ('caches' in window) {
			for (const name of await caches.keys()) {
				if (name === OUTBOX || name.startsWith(PAGES_PREFIX)) {
					await caches.delete(name);
				}
			}
		}
	};

	// Times are shown and typed on the program's clock, in its zone. Each page drawn by the server says what time it
	// is there (data-wall); the difference from the phone's own clock and zone is kept, so that a page kept for
	// offline use can move its "When" to now and the list can say when an entry was kept, in the program's time.
	const WALL_OFFSET = 'satellite.outbox.wallOffset';
	const NOW_OFFSET = 'satellite.outbox.nowOffset';
	const phoneWall = (at) => at - new Date(at).getTimezoneOffset() * 60000;
	// Now on the program's clock: the phone's own clock may be wrong, but not the time that passes on it.
	const programNow = () => Date.now() + parseInt(localStorage.getItem(NOW_OFFSET) || '0', 10);
	const programWall = (at) => phoneWall(at) + parseInt(localStorage.getItem(WALL_OFFSET) || '0', 10);
	const keepTheTimeRight = (section) => {
		if (!document.body.hasAttribute('data-kept-copy')) {
			localStorage.setItem(WALL_OFFSET, String(Date.parse(section.dataset.wall + ':00Z') - phoneWall(Date.now())));
			localStorage.setItem(NOW_OFFSET, String(parseInt(section.dataset.now, 10) - Date.now()));
			return;
		}
		const when = document.querySelector('input[type=datetime-local][max]');
		if (when) {
			const now = new Date(programWall(Date.now())).toISOString().slice(0, 16);
			when.max = now;
			when.value = now;
		}
	};

	document.addEventListener('DOMContentLoaded', () => {
		// Logging out clears what this phone keeps, after a warning when entries are still waiting.
		document.querySelectorAll('form[data-logout]').forEach((form) => {
			form.addEventListener('submit', async (event) => {
				event.preventDefault();
				const waiting = (await entries()).filter((entry) => entry.state === 'waiting');
				if (waiting.length > 0 && !window.confirm(form.dataset.logout)) {
					return;
				}
				await clearPhone();
				form.submit();
			});
		});

		const section = box();
		if (!section) {
			flush();
			return;
		}
		keepTheTimeRight(section);
		const used = notes();
		document.querySelectorAll('form[data-outbox]').forEach((form) => {
			const key = form.querySelector('input[name=key]');
			// A page kept for offline use, or shown again by Back, may hold a key already sent: a new entry needs
			// a new key, or the server would take it for the earlier one.
			if (key && used[key.value] && window.crypto && crypto.randomUUID) {
				key.value = crypto.randomUUID();
			}
			form.addEventListener('submit', (event) => {
				if (event.submitter && event.submitter.name === 'step') {
					return;
				}
				// When the entry was made, sent with it every time (decision 0094): an entry that waited on the phone
				// is dated when it was made, not when the connection came back.
				let madeAt = form.querySelector('input[name=madeAt]');
				if (!madeAt) {
					madeAt = document.createElement('input');
					madeAt.type = 'hidden';
					madeAt.name = 'madeAt';
					form.append(madeAt);
				}
				const input = form.querySelector('input[name=key]');
				// The same entry sent again (Back, then Save) keeps its time, so that it stays the same submission.
				if (madeAt.dataset.key !== input.value) {
					madeAt.value = new Date(programNow()).toISOString();
					madeAt.dataset.key = input.value;
				}
				keepNote(input.value, { label: form.dataset.outbox, summary: summarise(form, event.submitter),
					account: section.dataset.account, at: Date.now() });
			});
		});
		if ('serviceWorker' in navigator) {
			navigator.serviceWorker.register('/sw.js', { scope: '/app/peer' })
				.then(() => navigator.serviceWorker.ready)
				.then((registration) => {
					const keep = [...document.querySelectorAll('nav.peer-nav a')].map((link) => link.href)
						.concat([...document.querySelectorAll('link[rel=stylesheet], link[rel=icon], script[src]')]
							.map((asset) => asset.href || asset.src));
					registration.active.postMessage({ keep: keep });
				})
				.catch(() => {
					// No service worker (an old browser, or a page not served over HTTPS): the pages work as before.
				});
		}
		window.addEventListener('online', flush);
		window.addEventListener('offline', render);
		setInterval(flush, 30000);
		flush();
	});
})();
