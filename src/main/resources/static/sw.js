// The peer worker's phone view without a connection (decision 0094).
//
// - The pages' stylesheets, scripts and icons have versioned addresses (a hash of their content), so they are kept
//   here and served from here: they never change under one address.
// - The peer pages are fetched from the network first; a copy of each is kept for when there is no connection,
//   without the lists of past entries and without the notices of the moment (nothing about anyone beyond what a
//   blank form holds).
// - An entry (a form sent to one of ENTRY_FORMS) that cannot reach the server is kept in the outbox, with its
//   idempotency key, and the person is sent back to the form; static/js/outbox.js sends it when the connection returns
//   and shows what is waiting, what was saved and what was refused. The server lands each key once.
//
// Nothing is sent from here on its own: sending needs the person's session, which only a page has.
const VERSION = 'v1';
const ASSETS = 'satellite-assets-' + VERSION;
const PAGES = 'satellite-pages-' + VERSION;
const OUTBOX = 'satellite-outbox';
const SLOWEST_MS = 20000;
const PEER_PAGES = ['/app/peer', '/app/peer/returns', '/app/peer/naloxone', '/app/peer/overdose',
	'/app/peer/referrals', '/app/peer/stock'];
// Where each kind of entry is posted, and the page its form is on.
const ENTRY_FORMS = {
	'/app/peer/distributions': '/app/peer',
	'/app/peer/returns': '/app/peer/returns',
	'/app/peer/naloxone': '/app/peer/naloxone',
	'/app/peer/overdose': '/app/peer/overdose',
	'/app/peer/referrals': '/app/peer/referrals'
};

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil((async () => {
		const kept = [ASSETS, PAGES, OUTBOX];
		for (const name of await caches.keys()) {
			if (name.startsWith('satellite-') && !kept.includes(name)) {
				await caches.delete(name);
			}
		}
		await self.clients.claim();
	})());
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (request.method === 'POST' && request.mode === 'navigate' && ENTRY_FORMS[url.pathname]) {
		event.respondWith(sendOrKeep(request, url));
	}
	else if (request.method === 'GET' && /^\/(css|js|img)\//.test(url.pathname)) {
		event.respondWith(keptOrFetched(request));
	}
	else if (request.method === 'GET' && request.mode === 'navigate' && PEER_PAGES.includes(url.pathname)) {
		event.respondWith(fetchedOrKept(request, url));
	}
});

// A page asks for the peer pages and its own assets to be kept, so that they open without a connection.
let forgetting = false;

self.addEventListener('message', (event) => {
	// Logging out: keep nothing more, and let go of what was kept.
	if (event.data && event.data.forget) {
		forgetting = true;
		event.waitUntil(Promise.all([caches.delete(OUTBOX), caches.delete(PAGES)]));
	}
	else if (event.data && event.data.keep && !forgetting) {
		event.waitUntil(keepAll(event.data.keep));
	}
});

async function sendOrKeep(request, url) {
	const body = await request.clone().text();
	try {
		// On a connection that barely works, waiting longer than this helps nobody: the entry is kept and sent
		// again later. If the first attempt lands after all, the key makes the second one a no-op.
		const tooLong = new Promise((resolve, reject) => setTimeout(() => reject(new Error('too slow')), SLOWEST_MS));
		return await Promise.race([fetch(request), tooLong]);
	}
	catch (noConnection) {
		const key = new URLSearchParams(body).get('key');
		const entry = { path: url.pathname, body: body, key: key, keptAt: Date.now(), state: 'waiting' };
		const outbox = await caches.open(OUTBOX);
		await outbox.put(new Request('/outbox/' + encodeURIComponent(key)), new Response(JSON.stringify(entry)));
		return Response.redirect(ENTRY_FORMS[url.pathname] + '?kept=' + encodeURIComponent(key), 303);
	}
}

async function keptOrFetched(request) {
	const assets = await caches.open(ASSETS);
	const kept = await assets.match(request);
	if (kept) {
		return kept;
	}
	const response = await fetch(request);
	if (response.ok && /-[0-9a-f]{32}\.[a-z]+$/.test(new URL(request.url).pathname)) {
		await assets.put(request, response.clone());
	}
	return response;
}

async function fetchedOrKept(request, url) {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && url.search === '') {
			await keepCopy(url.pathname, response.clone());
		}
		return response;
	}
	catch (noConnection) {
		const pages = await caches.open(PAGES);
		const copy = await pages.match(url.pathname);
		return copy || new Response('<!DOCTYPE html><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
			+ '<title>Satellite</title><p>No connection: this page is not kept on this phone.</p>'
			+ '<p lang="fr">Pas de connexion : cette page n’est pas gardée sur ce téléphone.</p>',
			{ status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
	}
}

// The copy kept for offline use holds a blank form: the lists of past entries and the notices of the moment
// ("Saved: 10 × Needle") are taken out, and the page says it is a kept copy.
async function keepCopy(path, response) {
	if (forgetting) {
		return;
	}
	const html = (await response.text())
		.replace(/<!--offline:drop-->[\s\S]*?<!--\/offline:drop-->/g, '')
		.replace(/<p class="notice [^"]*"[^>]*role="(?:status|alert)"[^>]*>[\s\S]*?<\/p>/g, '')
		.replace('<body', '<body data-kept-copy');
	const pages = await caches.open(PAGES);
	await pages.put(path, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
}

async function keepAll(urls) {
	const pages = await caches.open(PAGES);
	const assets = await caches.open(ASSETS);
	for (const address of urls) {
		if (forgetting) {
			return;
		}
		const url = new URL(address, self.location.origin);
		try {
			if (PEER_PAGES.includes(url.pathname)) {
				if (!(await pages.match(url.pathname))) {
					const response = await fetch(url.pathname, { credentials: 'same-origin', redirect: 'manual' });
					if (response.ok && response.type === 'basic') {
						await keepCopy(url.pathname, response);
					}
				}
			}
			else if (!(await assets.match(url.href))) {
				await keptOrFetched(new Request(url.href));
			}
		}
		catch (noConnection) {
			return;
		}
	}
}
