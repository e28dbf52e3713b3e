package org.satellite.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the peer worker's phone view, fetched as a first visit (nothing cached)
 * over slow 3G as Chromium emulates it: 400 ms round trip, 50 KB/s each way. Each page,
 * with everything it loads, must weigh under 50 KB on the wire and be loaded in under 2
 * seconds. The figures are printed, one line per page, for the record.
 *
 * <p>
 * The test profile's demo history holds weeks of distributions recorded at start-up, so
 * the lists on these pages are as long as a busy site's. Each page is opened once at full
 * speed first, so that what is timed is the network, not the test server's first
 * compilation of a template or a query (the test profile does not cache templates).
 */
class PeerPagesOnSlowNetworkBrowserTests extends BrowserTestSupport {

	static final long MOST_BYTES = 50 * 1024;

	static final long MOST_MILLIS = 2_000;

	@Test
	void everyPeerPageIsLightAndQuickOnSlow3G() {
		open(Screen.PHONE);
		loginAs("peer", "satellite-demo");
		List<String> paths = new ArrayList<>(
				List.of("/app/peer", "/app/peer/returns", "/app/peer/stock", "/app/peer/overdose", "/app/peer/naloxone",
						"/app/peer/referrals", "/app/peer/referrals?kind=HOUSING", "/app/peer/month"));
		paths.add(savedOverdoseReport());

		paths.forEach(this::visit);

		CDPSession network = this.page.context().newCDPSession(this.page);
		network.send("Network.enable");
		JsonObject bypass = new JsonObject();
		bypass.addProperty("bypass", true);
		network.send("Network.setBypassServiceWorker", bypass);
		JsonObject slow3g = new JsonObject();
		slow3g.addProperty("offline", false);
		slow3g.addProperty("latency", 400);
		slow3g.addProperty("downloadThroughput", 50 * 1024);
		slow3g.addProperty("uploadThroughput", 50 * 1024);
		network.send("Network.emulateNetworkConditions", slow3g);
		AtomicLong bytes = new AtomicLong();
		AtomicLong requests = new AtomicLong();
		network.on("Network.loadingFinished", (event) -> {
			bytes.addAndGet(event.get("encodedDataLength").getAsNumber().longValue());
			requests.incrementAndGet();
		});

		List<String> tooHeavy = new ArrayList<>();
		for (String path : paths) {
			network.send("Network.clearBrowserCache");
			bytes.set(0);
			requests.set(0);
			long[] millis = new long[1];
			// Each page was checked with axe-core when visited above; its time is not the
			// page's.
			timed(() -> {
				long start = System.nanoTime();
				this.page.navigate(baseUrl() + path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
				millis[0] = (System.nanoTime() - start) / 1_000_000;
			});
			long weight = bytes.get();
			System.out.printf("PEER-PAGE %-40s %7d bytes %6d ms %2d requests%n", path, weight, millis[0],
					requests.get());
			if (weight >= MOST_BYTES || millis[0] >= MOST_MILLIS) {
				tooHeavy.add(path + ": " + weight + " bytes, " + millis[0] + " ms");
			}
		}
		assertThat(tooHeavy).as("peer pages over 50 KB or 2 s on slow 3G").isEmpty();
	}

	/** Reports an overdose response with the usual answers and returns its saved page. */
	private String savedOverdoseReport() {
		visit("/app/peer/overdose");
		this.page.locator("input[name=substance]").first().check();
		this.page.locator("input[name=called][value=yes]").check();
		this.page.locator("input[name=stayed][value=yes]").check();
		this.page.locator("input[name=outcome]").first().check();
		this.page.locator("form.overdose-form button[type=submit]").click();
		this.page.waitForURL((url) -> url.endsWith("/saved"));
		return this.page.url().substring(baseUrl().length());
	}

}
