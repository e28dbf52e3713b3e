package org.satellite.hub;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.satellite.hub.internal.Tag;
import org.satellite.hub.internal.Tags;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.web.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library's tags in English and French, over real HTTP and real PostgreSQL: what
 * readers of each language see, the filter by key, the editor's vocabulary and its
 * refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HubTagsIntegrationTests {

	private static final Pattern FOUND = Pattern.compile("id=\"found\"[^>]*>([^<]*)<");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tags tags;

	@Test
	void aFrenchReaderSeesTheDemoTagsInFrenchOnTheLibraryAndOnTheEventsResources() {
		WebSession french = new WebSession(this.port).speaking("fr");
		String library = french.get("/hub/resources").body();
		assertThat(library).contains("<option value=\"drug selling\">vente de drogues</option>",
				"<option value=\"overdose\">surdose</option>", ">analyse des drogues</a>", ">web clandestin</a>");
		assertThat(library).doesNotContain(">drug selling<", ">overdose<", ">drug checking<");
		String event = french.get("/hub/events/9").body();
		assertThat(event).contains("href=\"/hub/resources?tag=drug%20selling\" class=\"tag\">vente de drogues</a>");
		assertThat(event).doesNotContain(">drug selling</a>");

		String english = new WebSession(this.port).speaking("en").get("/hub/events/9").body();
		assertThat(english).contains("href=\"/hub/resources?tag=drug%20selling\" class=\"tag\">drug selling</a>");
	}

	@Test
	void filteringByATagFindsTheSameResourcesInBothLanguagesByKeyOrByEitherLabel() {
		long tagged = this.jdbc.sql("SELECT count(*) FROM hub_resources WHERE 'overdose' = ANY (tags)")
			.query(Long.class)
			.single();
		assertThat(tagged).isPositive();
		WebSession english = new WebSession(this.port).speaking("en");
		WebSession french = new WebSession(this.port).speaking("fr");
		assertThat(found(english.get("/hub/resources?tag=overdose").body())).startsWith(tagged + " ");
		assertThat(found(french.get("/hub/resources?tag=overdose").body())).startsWith(tagged + " ");
		assertThat(found(french.get("/hub/resources?tag=Surdose").body())).startsWith(tagged + " ");
		String chosen = french.get("/hub/resources?tag=overdose").body();
		assertThat(chosen).contains("<option value=\"overdose\" selected=\"selected\">surdose</option>");
	}

	@Test
	void anEditorAddsATagWithBothLabelsWhileAddingAResourceAndReadersSeeItInTheirLanguage() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		String title = "Naloxone kits at parties " + n;
		WebSession editor = editor();
		editor.get("/app/hub/resources");
		HttpResponse<String> added = editor.post("/app/hub/resources",
				List.of(Map.entry("key", UUID.randomUUID().toString()), Map.entry("kind", "TOOL"),
						Map.entry("title", title), Map.entry("language", "en"), Map.entry("tags", "overdose"),
						Map.entry("newTagEn", "Naloxone " + n), Map.entry("newTagFr", "Naloxone en fête " + n)));
		assertThat(added.statusCode()).isEqualTo(302);

		String key = "naloxone " + n;
		Tag tag = this.tags.require(key);
		assertThat(tag.labelFr()).isEqualTo("Naloxone en fête " + n);
		String french = new WebSession(this.port).speaking("fr").get("/hub/resources?tag=" + encode(key)).body();
		assertThat(french).contains(title, ">Naloxone en fête " + n + "</a>", ">surdose</a>");
		assertThat(found(french)).startsWith("1 ");
		String english = new WebSession(this.port).speaking("en").get("/hub/resources?tag=" + encode(key)).body();
		assertThat(english).contains(title, ">Naloxone " + n + "</a>");

		assertThat(editor.get("/app/hub/tags").body()).contains("value=\"Naloxone en fête " + n + "\"");

		long id = this.jdbc.sql("SELECT id FROM hub_resources WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
		String edit = editor.get("/app/hub/resources/" + id).body();
		assertThat(edit).contains("value=\"" + key + "\" checked=\"checked\"",
				"value=\"overdose\" checked=\"checked\"");
		assertThat(editor
			.post("/app/hub/resources/" + id, List.of(Map.entry("kind", "TOOL"), Map.entry("title", title),
					Map.entry("language", "en"), Map.entry("tags", key), Map.entry("tags", "care")))
			.statusCode()).isEqualTo(302);
		String retagged = new WebSession(this.port).speaking("fr").get("/hub/resources?tag=" + encode(key)).body();
		assertThat(retagged).contains(">Naloxone en fête " + n + "</a>", ">soins</a>").doesNotContain(">surdose</a>");
	}

	@Test
	void aTagWithoutAFrenchLabelShowsItsEnglishLabelMarkedAsEnglishUntilAnEditorWritesOne() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		WebSession editor = editor();
		String page = editor.get("/app/hub/tags").body();
		HttpResponse<String> added = editor.post("/app/hub/tags",
				Map.of("key", value(page, "key"), "labelEn", "Fentanyl strips " + n, "labelFr", ""));
		assertThat(added.statusCode()).isEqualTo(302);
		String key = "fentanyl strips " + n;
		assertThat(editor.get("/app/hub/tags").body()).contains("No French label yet");

		String title = "Testing strips guide " + n;
		editor.get("/app/hub/resources");
		editor.post("/app/hub/resources",
				List.of(Map.entry("key", UUID.randomUUID().toString()), Map.entry("kind", "TOOL"),
						Map.entry("title", title), Map.entry("language", "en"), Map.entry("tags", key)));
		WebSession reader = new WebSession(this.port).speaking("fr");
		String french = reader.get("/hub/resources?tag=" + encode(key)).body();
		assertThat(french).contains(title, "lang=\"en\" class=\"tag\">Fentanyl strips " + n + "</a>");
		assertThat(french)
			.contains("value=\"" + key + "\" lang=\"en\" selected=\"selected\">Fentanyl strips " + n + "</option>");

		editor.get("/app/hub/tags");
		assertThat(editor
			.post("/app/hub/tags/labels",
					Map.of("tag", key, "labelEn", "Fentanyl strips " + n, "labelFr", "Bandelettes de fentanyl " + n))
			.statusCode()).isEqualTo(302);
		String labelled = reader.get("/hub/resources?tag=" + encode(key)).body();
		assertThat(labelled).contains("class=\"tag\">Bandelettes de fentanyl " + n + "</a>");
		assertThat(labelled).doesNotContain("lang=\"en\">Fentanyl strips");
	}

	@Test
	void badTagInputIsRefusedInPlainWordsAndChangesNothing() {
		WebSession editor = editor();
		long before = count();
		String page = editor.get("/app/hub/tags").body();

		HttpResponse<String> empty = editor.post("/app/hub/tags",
				Map.of("key", value(page, "key"), "labelEn", " ", "labelFr", "vide"));
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("Give the tag’s label in English.");

		String tooLong = "a".repeat(41);
		HttpResponse<String> longer = editor.post("/app/hub/tags",
				Map.of("key", UUID.randomUUID().toString(), "labelEn", tooLong));
		assertThat(longer.statusCode()).isEqualTo(422);
		assertThat(longer.body()).contains("is too long: a tag’s label has up to 40 characters");

		HttpResponse<String> duplicate = editor.post("/app/hub/tags",
				Map.of("key", UUID.randomUUID().toString(), "labelEn", "Overdose", "labelFr", "autre chose"));
		assertThat(duplicate.statusCode()).isEqualTo(422);
		assertThat(duplicate.body()).contains("There is already a tag “overdose”.");
		assertThat(count()).isEqualTo(before);

		HttpResponse<String> relabel = editor.post("/app/hub/tags/labels",
				Map.of("tag", "overdose", "labelEn", "overdose", "labelFr", "s".repeat(41)));
		assertThat(relabel.statusCode()).isEqualTo(422);
		assertThat(this.tags.require("overdose").labelFr()).isEqualTo("surdose");

		String title = "Never added " + UUID.randomUUID();
		editor.get("/app/hub/resources");
		HttpResponse<String> resource = editor.post("/app/hub/resources",
				List.of(Map.entry("key", UUID.randomUUID().toString()), Map.entry("kind", "TOOL"),
						Map.entry("title", title), Map.entry("language", "en"), Map.entry("newTagEn", "Drug checking"),
						Map.entry("newTagFr", "autre libellé")));
		assertThat(resource.statusCode()).isEqualTo(422);
		assertThat(resource.body()).contains("There is already a tag “drug checking”.", title);
		assertThat(this.jdbc.sql("SELECT count(*) FROM hub_resources WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single()).isZero();

		String other = "Also never added " + UUID.randomUUID();
		HttpResponse<String> badResource = editor.post("/app/hub/resources",
				List.of(Map.entry("key", UUID.randomUUID().toString()), Map.entry("kind", "TOOL"),
						Map.entry("title", other), Map.entry("language", "de"),
						Map.entry("newTagEn", "Brand new " + UUID.randomUUID().toString().substring(0, 8))));
		assertThat(badResource.statusCode()).isEqualTo(422);
		assertThat(count()).as("the new tag went back with the refused resource").isEqualTo(before);
	}

	@Test
	void theSameNewTagFormSentTwiceAddsOneTag() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		WebSession editor = editor();
		String key = value(editor.get("/app/hub/tags").body(), "key");
		Map<String, String> form = Map.of("key", key, "labelEn", "Peer support " + n, "labelFr",
				"Soutien par les pairs " + n);
		assertThat(editor.post("/app/hub/tags", form).statusCode()).isEqualTo(302);
		long after = count();
		HttpResponse<String> again = editor.post("/app/hub/tags", form);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
		assertThat(count()).isEqualTo(after);
	}

	@Test
	void aPeerWorkerCannotSeeOrChangeTheTags() {
		WebSession peer = new WebSession(this.port);
		peer.login("peer", "satellite-demo");
		assertThat(peer.get("/app/hub/tags").statusCode()).isEqualTo(403);
		long before = count();
		assertThat(peer.post("/app/hub/tags", Map.of("key", UUID.randomUUID().toString(), "labelEn", "peer tag"))
			.statusCode()).isEqualTo(403);
		assertThat(peer.post("/app/hub/tags/labels", Map.of("tag", "overdose", "labelEn", "x", "labelFr", "y"))
			.statusCode()).isEqualTo(403);
		StaffMember worker = new StaffMember("peer-test", Role.PEER_WORKER, Optional.empty());
		assertThatThrownBy(() -> this.tags.add(worker, "peer tag", "", UUID.randomUUID().toString()))
			.isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> this.tags.label(worker, "overdose", "overdose", "autre"))
			.isInstanceOf(NotAllowed.class);
		assertThat(count()).isEqualTo(before);
		assertThat(this.tags.require("overdose").labelFr()).isEqualTo("surdose");
	}

	@Test
	void anEditorMergesATagIntoAnotherAndLinksMadeWithTheOldOneStillFindItsResources() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		WebSession editor = editor();
		String from = addTag(editor, "Fent strips " + n, "");
		String into = addTag(editor, "Test strips " + n, "Bandelettes " + n);
		long first = addResource(editor, "Strips guide " + n, from);
		long second = addResource(editor, "Strips poster " + n, from, into);

		HttpResponse<String> merged = editor.post("/app/hub/tags/merge", Map.of("tag", from, "into", into));

		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(editor.get("/app/hub/tags").body())
			.contains("Tag “Fent strips " + n + "” merged into “Test strips " + n + "”, on 2 resource(s).")
			.doesNotContain("value=\"" + from + "\"");
		assertThat(tagsOf(first)).containsExactly(into);
		assertThat(tagsOf(second)).as("once, not twice").containsExactly(into);
		assertThat(found(new WebSession(this.port).speaking("fr").get("/hub/resources?tag=" + encode(from)).body()))
			.as("a link made with the old tag")
			.startsWith("2 ");
		assertThat(
				this.jdbc.sql("SELECT detail FROM audit_events WHERE action = 'hub.tag-merged' AND subject = :subject")
					.param("subject", "tag " + from)
					.query(String.class)
					.list())
			.containsExactly("into tag " + into + ", on 2 resource(s)");

		long third = addResource(editor, "Strips leaflet " + n, from);
		assertThat(tagsOf(third)).as("a form still naming the old tag").containsExactly(into);

		long tags = count();
		String page = editor.get("/app/hub/tags").body();
		HttpResponse<String> again = editor.post("/app/hub/tags",
				Map.of("key", value(page, "key"), "labelEn", "Fent strips " + n, "labelFr", ""));
		assertThat(again.statusCode()).as("a new tag named like the old one").isEqualTo(422);
		assertThat(again.body()).contains("“" + from + "” was merged into “Test strips " + n + "”");
		assertThat(count()).isEqualTo(tags);
	}

	@Test
	void anEditorDeletesATagOnlyOnceTheyConfirmItAndItLeavesEveryResource() {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		WebSession editor = editor();
		String doomed = addTag(editor, "Old campaign " + n, "Ancienne campagne " + n);
		long resource = addResource(editor, "Campaign flyer " + n, doomed, "overdose");

		HttpResponse<String> unconfirmed = editor.post("/app/hub/tags/delete", Map.of("tag", doomed));
		assertThat(unconfirmed.statusCode()).isEqualTo(422);
		assertThat(unconfirmed.body()).contains("Tick the box to confirm the deletion; nothing was deleted.");
		assertThat(tagsOf(resource)).containsExactly(doomed, "overdose");

		HttpResponse<String> deleted = editor.speaking("fr")
			.post("/app/hub/tags/delete", Map.of("tag", doomed, "confirm", "yes"));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(tagsOf(resource)).containsExactly("overdose");
		assertThatThrownBy(() -> this.tags.require(doomed)).isInstanceOf(NotFound.class);
		assertThat(editor.get("/app/hub/tags").body())
			.contains("Mot-clé supprimé : « Ancienne campagne " + n + " », retiré de 1 ressource(s).");
	}

	@Test
	void mergingATagIntoItselfOrIntoNoTagIsRefusedAndChangesNothing() {
		WebSession editor = editor();
		editor.get("/app/hub/tags");
		long holding = this.jdbc.sql("SELECT count(*) FROM hub_resources WHERE 'overdose' = ANY (tags)")
			.query(Long.class)
			.single();

		HttpResponse<String> itself = editor.post("/app/hub/tags/merge", Map.of("tag", "overdose", "into", "overdose"));
		assertThat(itself.statusCode()).isEqualTo(422);
		assertThat(itself.body()).contains("Choose another tag to merge it into.");
		HttpResponse<String> nowhere = editor.post("/app/hub/tags/merge",
				Map.of("tag", "overdose", "into", "no such tag"));
		assertThat(nowhere.statusCode()).isEqualTo(422);
		assertThat(nowhere.body()).contains("There is no such tag.");

		assertThat(this.tags.require("overdose").labelFr()).isEqualTo("surdose");
		assertThat(this.jdbc.sql("SELECT count(*) FROM hub_resources WHERE 'overdose' = ANY (tags)")
			.query(Long.class)
			.single()).isEqualTo(holding);
	}

	private String addTag(WebSession editor, String labelEn, String labelFr) {
		String page = editor.get("/app/hub/tags").body();
		assertThat(
				editor.post("/app/hub/tags", Map.of("key", value(page, "key"), "labelEn", labelEn, "labelFr", labelFr))
					.statusCode())
			.isEqualTo(302);
		assertThat(editor.get("/app/hub/tags").body()).as("where the browser is sent")
			.contains("Tag added: " + labelEn);
		return labelEn.toLowerCase(Locale.ROOT);
	}

	private long addResource(WebSession editor, String title, String... tags) {
		editor.get("/app/hub/resources");
		List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("key", UUID.randomUUID().toString()),
				Map.entry("kind", "TOOL"), Map.entry("title", title), Map.entry("language", "en")));
		for (String tag : tags) {
			form.add(Map.entry("tags", tag));
		}
		assertThat(editor.post("/app/hub/resources", form).statusCode()).isEqualTo(302);
		return this.jdbc.sql("SELECT id FROM hub_resources WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private List<String> tagsOf(long resource) {
		return List.of(this.jdbc.sql("SELECT array_to_string(tags, '|') FROM hub_resources WHERE id = :id")
			.param("id", resource)
			.query(String.class)
			.single()
			.split("\\|"));
	}

	private WebSession editor() {
		WebSession editor = new WebSession(this.port);
		editor.login("editor", "satellite-demo");
		return editor;
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM hub_tags").query(Long.class).single();
	}

	private static String found(String page) {
		Matcher matcher = FOUND.matcher(page);
		assertThat(matcher.find()).as("the number of resources found").isTrue();
		return matcher.group(1);
	}

	private static String value(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a field " + name).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
