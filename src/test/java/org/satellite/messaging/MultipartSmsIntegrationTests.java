package org.satellite.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.cloudhopper.commons.charset.CharsetUtil;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satellite.messaging.TestSmsc.Concatenation;
import org.satellite.messaging.internal.sms.SmsNumbers;
import org.satellite.messaging.internal.sms.SmsParts;
import org.satellite.messaging.internal.sms.SmsSegment;
import org.satellite.network.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long SMS that phones send as several deliver_sm, through the test SMS centre: each is
 * routed once, whole, when its last part arrives, whatever the order, the duplicates or
 * the node; a message that never becomes whole, or a part that cannot be right, routes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MultipartSmsIntegrationTests {

	static final String THANKS = "Thank you. Your report is anonymous";

	/**
	 * The start of the reply to HELP, in English and, for a French subscriber, in French.
	 */
	static final List<String> HELP = List.of("Satellite drug alerts. JOIN <zone>",
			"Alertes drogues Satellite. ABONNER <zone>");

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsNumbers numbers;

	@Autowired
	SmsParts parts;

	@Autowired
	TransactionTemplate transactions;

	TestSmsc smsc = TestSmsc.shared();

	String zone;

	@BeforeEach
	void zone() {
		this.zone = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sites.addZone(this.zone, "Market " + this.zone, "Marché " + this.zone);
	}

	@Test
	void aLongBadReportInThreePartsOutOfOrderMakesOneReportWithTheWholeTextAndOneReply() {
		String phone = TestPhones.next();
		String report = longReport();

		int count = this.smsc.textInParts(phone, "BAD " + this.zone + " " + report, Concatenation.UDH_8_BIT, 2, 0, 1);

		assertThat(count).isEqualTo(3);
		assertThat(replies(phone)).singleElement().asString().startsWith(THANKS);
		assertThat(reports()).containsExactly(report);
		assertThat(partsKeptFor(phone)).isZero();
	}

	@Test
	void aLongFrenchUnicodeAbonnerWithA16BitReferenceSubscribesToTheZoneItNames() {
		String phone = TestPhones.next();
		String code = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String nameFr = "Quartier de l’Hôtel-Dieu, rue Sainte-Thérèse et berges de l’île près du marché " + code;
		this.sites.addZone(code, "Hotel-Dieu quarter " + code, nameFr);
		String text = "ABONNER " + nameFr;

		int count = this.smsc.textInParts(phone, text, Concatenation.UDH_16_BIT, 1, 0);

		assertThat(count).isEqualTo(2);
		assertThat(SmsLength.of(text).unicode()).isTrue();
		assertThat(replies(phone)).singleElement()
			.isEqualTo("Alertes drogues Satellite pour " + nameFr
					+ " : répondez OUI pour confirmer. Répondez ARRET pour ne plus recevoir.");
	}

	@Test
	void aPartDeliveredTwiceWithSarParametersCountsOnce() {
		String phone = TestPhones.next();
		String report = longReport();

		// The last part comes again after the message was whole, as when an
		// acknowledgement is lost: it waits alone.
		this.smsc.textInParts(phone, "bad " + this.zone + " " + report, Concatenation.SAR, 0, 1, 1, 0, 2, 2);

		assertThat(replies(phone)).singleElement().asString().startsWith(THANKS);
		assertThat(reports()).containsExactly(report);
		assertThat(partsKeptFor(phone)).isEqualTo(1);
		ageParts(phone, 61);
		this.parts.purge();
		assertThat(partsKeptFor(phone)).isZero();
	}

	@Test
	void theLastTwoPartsArrivingAtOnceRouteTheMessageOnce() {
		for (int round = 0; round < 3; round++) {
			zone();
			String phone = TestPhones.next();
			String text = "BAD " + this.zone + " " + longReport();
			this.smsc.textInParts(phone, text, Concatenation.UDH_8_BIT, 0);

			this.smsc.textPartsAtOnce(phone, text, Concatenation.UDH_8_BIT, 1, 2);

			assertThat(replies(phone)).singleElement().asString().startsWith(THANKS);
			assertThat(reports()).hasSize(1);
		}
	}

	@Test
	void twoNodesKeepingTheLastTwoPartsAtOnceGetTheWholeTextExactlyOnce() throws Exception {
		String hash = this.numbers.hash(TestPhones.next());
		CountDownLatch counted = new CountDownLatch(2);
		this.transactions.executeWithoutResult((status) -> this.parts.add(hash, new SmsSegment(41, 3, 1), "one "));
		Callable<Optional<String>> node2 = () -> this.transactions.execute((status) -> {
			Optional<String> whole = this.parts.add(hash, new SmsSegment(41, 3, 2), "two ");
			awaitQuietly(counted);
			return whole;
		});
		Callable<Optional<String>> node3 = () -> this.transactions.execute((status) -> {
			Optional<String> whole = this.parts.add(hash, new SmsSegment(41, 3, 3), "three");
			awaitQuietly(counted);
			return whole;
		});

		// Each transaction waits for the other to have counted the parts before it
		// commits, unless the lock on the
		// message keeps the other from getting that far: without it both would count two
		// of three and route nothing.
		var pool = Executors.newFixedThreadPool(2);
		try {
			var results = pool.invokeAll(List.of(node2, node3));
			List<String> wholes = new ArrayList<>();
			for (var result : results) {
				result.get().ifPresent(wholes::add);
			}
			assertThat(wholes).containsExactly("one two three");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM sms_parts WHERE sender_hash = :hash")
			.param("hash", hash)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachPartIsDecodedWithItsOwnDataCoding() {
		String phone = TestPhones.next();
		ESMClass udhi = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
		byte[] first = CharsetUtil.CHARSET_GSM.encode("BAD " + this.zone + " pilules ");
		byte[] second = "roses très fortes, goût amer".getBytes(StandardCharsets.UTF_16BE);

		this.smsc.deliver(phone, udhi, true, withHeader(second, 5, 0x00, 3, 99, 2, 2));
		this.smsc.deliver(phone, udhi, false, withHeader(first, 5, 0x00, 3, 99, 2, 1));

		assertThat(replies(phone)).singleElement().asString().startsWith(THANKS);
		assertThat(reports()).containsExactly("pilules roses très fortes, goût amer");
	}

	@Test
	void anIncompleteMessageRoutesNothingAndItsPartsAreDeletedAfterTheLimit() {
		String phone = TestPhones.next();
		String text = "BAD " + this.zone + " " + longReport();

		this.smsc.textInParts(phone, text, Concatenation.UDH_8_BIT, 0, 1);

		assertThat(repliesBeforeHelp(phone)).isEmpty();
		assertThat(reports()).isEmpty();
		assertThat(partsKeptFor(phone)).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM sms_parts WHERE sender_hash LIKE :digits")
			.param("digits", "%" + phone.substring(1) + "%")
			.query(Long.class)
			.single()).as("no part is kept under the number in clear").isZero();

		ageParts(phone, 59);
		this.parts.purge();
		assertThat(partsKeptFor(phone)).as("kept within the limit").isEqualTo(2);

		ageParts(phone, 61);
		this.parts.purge();
		assertThat(partsKeptFor(phone)).isZero();

		this.smsc.textInParts(phone, text, Concatenation.UDH_8_BIT, 2);
		assertThat(repliesBeforeHelp(phone)).as("the last part alone makes nothing").isEmpty();
		assertThat(reports()).isEmpty();
		ageParts(phone, 61);
		this.parts.purge();
		assertThat(partsKeptFor(phone)).isZero();
	}

	@Test
	void stopDeletesThePartsANumberHasWaitingSoTheRestOfThatMessageMakesNothing() {
		String phone = TestPhones.next();
		String text = "BAD " + this.zone + " " + longReport();
		this.smsc.textInParts(phone, text, Concatenation.UDH_8_BIT, 0, 1);
		assertThat(partsKeptFor(phone)).isEqualTo(2);

		this.smsc.text(phone, "STOP");
		assertThat(partsKeptFor(phone)).as("nothing the number wrote is kept after STOP").isZero();

		this.smsc.textInParts(phone, text, Concatenation.UDH_8_BIT, 2);
		assertThat(reports()).isEmpty();
	}

	@Test
	void partsWithAHeaderThatCannotBeRightRouteNothing() {
		String phone = TestPhones.next();
		byte[] words = CharsetUtil.CHARSET_GSM.encode("BAD " + this.zone + " pills");
		ESMClass udhi = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);

		this.smsc.deliver(phone, udhi, false, withHeader(words, 5, 0x00, 3, 7, 3, 0)); // part
																						// 0
		this.smsc.deliver(phone, udhi, false, withHeader(words, 5, 0x00, 3, 7, 3, 4)); // part
																						// 4
																						// of
																						// 3
		this.smsc.deliver(phone, udhi, false, withHeader(words, 5, 0x00, 3, 7, 1, 1)); // total
																						// 1
		this.smsc.deliver(phone, udhi, false, withHeader(words, 6, 0x08, 4, 0, 7, 0, 1)); // total
																							// 0
		this.smsc.deliver(phone, udhi, false, withHeader(words, 4, 0x00, 2, 7, 3)); // element
																					// too
																					// short
		this.smsc.deliver(phone, udhi, false, withHeader(words, 5, 0x00, 9, 7, 3, 1)); // element
																						// past
																						// the
																						// header
		this.smsc.deliver(phone, udhi, false, new byte[] { 40, 0, 3, 7, 3, 1 }); // header
																					// past
																					// the
																					// message
		this.smsc.deliver(phone, udhi, false, new byte[0]); // empty with a header flag
		// SAR parameters without the number of parts, then with a part number above it.
		this.smsc.deliver(phone, new ESMClass(), false, words, new OptionalParameter.Sar_msg_ref_num((short) 7),
				new OptionalParameter.Sar_segment_seqnum((byte) 1));
		this.smsc.deliver(phone, new ESMClass(), false, words, new OptionalParameter.Sar_msg_ref_num((short) 7),
				new OptionalParameter.Sar_total_segments((byte) 2), new OptionalParameter.Sar_segment_seqnum((byte) 3));

		assertThat(repliesBeforeHelp(phone)).isEmpty();
		assertThat(reports()).isEmpty();
		assertThat(partsKeptFor(phone)).isZero();
	}

	@Test
	void aHeaderWithoutConcatenationIsAMessageOnItsOwn() {
		String phone = TestPhones.next();
		byte[] words = CharsetUtil.CHARSET_GSM.encode("BAD " + this.zone + " grey powder");
		// A port addressing element (0x05) only: the message is whole.
		this.smsc.deliver(phone, new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI), false,
				withHeader(words, 6, 0x05, 4, 0x0b, 0x84, 0x23, 0xf0));

		assertThat(replies(phone)).singleElement().asString().startsWith(THANKS);
		assertThat(reports()).containsExactly("grey powder");
	}

	/**
	 * A report long enough for three GSM parts and short enough for the keyword router,
	 * with no digits.
	 */
	static String longReport() {
		String report = "Blue pills sold as oxy near the station hit much harder than usual, two friends went out "
				+ "for a long time and needed naloxone twice. They taste bitter and crumble easily, with a dull stamp "
				+ "on one side. Someone said the same batch is going around the shelter and the park too. Please warn "
				+ "people, go slow, use with someone nearby and keep naloxone close. Thanks for listening to us.";
		assertThat(report.length()).isBetween(330, 440);
		return report;
	}

	/** The replies to a phone that arrived before the reply to a HELP it sends now. */
	/**
	 * The replies a phone got before the answer to a HELP it sends now. Inbound messages
	 * are handled side by side, so a reply may come after the answer to HELP: use it to
	 * show that nothing came, and {@link #replies(String)} to read a reply that must
	 * come.
	 */
	List<String> repliesBeforeHelp(String phone) {
		long helpsBefore = this.smsc.messagesTo(phone).stream().filter(MultipartSmsIntegrationTests::isHelp).count();
		this.smsc.text(phone, "HELP");
		List<String> messages = this.smsc.awaitMessagesTo(phone,
				(all) -> all.stream().filter(MultipartSmsIntegrationTests::isHelp).count() > helpsBefore);
		assertThat(messages).as("the reply to HELP")
			.filteredOn(MultipartSmsIntegrationTests::isHelp)
			.hasSizeGreaterThan((int) helpsBefore);
		return messages.stream().filter((message) -> !isHelp(message)).toList();
	}

	/**
	 * The replies a phone got, once one has come; then, through a HELP, any second one
	 * that came with it.
	 */
	List<String> replies(String phone) {
		this.smsc.awaitMessagesTo(phone, (all) -> all.stream().anyMatch((message) -> !isHelp(message)));
		return repliesBeforeHelp(phone);
	}

	static boolean isHelp(String message) {
		return HELP.stream().anyMatch(message::startsWith);
	}

	List<String> reports() {
		return this.jdbc.sql("SELECT text FROM community_reports WHERE zone_code = :zone")
			.param("zone", this.zone)
			.query(String.class)
			.list();
	}

	long partsKeptFor(String phone) {
		return this.jdbc.sql("SELECT count(*) FROM sms_parts WHERE sender_hash = :hash")
			.param("hash", this.numbers.hash(phone))
			.query(Long.class)
			.single();
	}

	void ageParts(String phone, int minutes) {
		this.jdbc.sql(
				"UPDATE sms_parts SET arrived_at = arrived_at - make_interval(mins => :minutes) WHERE sender_hash = :hash")
			.param("minutes", minutes)
			.param("hash", this.numbers.hash(phone))
			.update();
	}

	static void awaitQuietly(CountDownLatch latch) {
		latch.countDown();
		try {
			latch.await(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static byte[] withHeader(byte[] body, int... header) {
		byte[] message = new byte[header.length + body.length];
		for (int i = 0; i < header.length; i++) {
			message[i] = (byte) header[i];
		}
		System.arraycopy(body, 0, message, header.length, body.length);
		return message;
	}

}
