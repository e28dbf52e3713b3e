package org.satellite.messaging;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.charset.GSMCharset;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.satellite.messaging.internal.sms.SmsEncoding;

/**
 * An SMS centre for tests, in this JVM on a free loopback port, speaking real SMPP 3.4
 * with jSMPP. It accepts binds, records every submit_sm (and puts concatenated segments
 * back together), answers with delivery receipts, can send inbound SMS (deliver_sm) as if
 * a phone had texted the program, and can be told to refuse binds or submissions.
 *
 * <p>
 * One runs per JVM ({@link #shared()}), started by {@link TestSmscEnvironment} before the
 * shared test context, so the application binds to it like to a real one.
 */
public final class TestSmsc implements ServerMessageReceiverListener {

	private static TestSmsc shared;

	private final ServerSocket socket;

	private final SMPPServerSessionListener listener;

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final Queue<Submitted> submitted = new ConcurrentLinkedQueue<>();

	private final AtomicLong submissions = new AtomicLong();

	private final AtomicLong ids = new AtomicLong(1000);

	private final ExecutorService background = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "test-smsc");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean refuseBinds;

	private volatile int refuseSubmitsWith;

	private volatile boolean sendReceipts = true;

	private volatile long binds;

	private final AtomicLong arrivals = new AtomicLong();

	private volatile long answerUpTo = Long.MAX_VALUE;

	/**
	 * Accepted submissions in the last second, for {@link #throttleAbove(int)}: their
	 * arrival in nanoseconds.
	 */
	private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();

	private volatile int throttleAbove = Integer.MAX_VALUE;

	private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();

	private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

	private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();

	private final Map<String, String> accounts = new ConcurrentHashMap<>();

	private TestSmsc() throws IOException {
		this(0);
	}

	private TestSmsc(int port) throws IOException {
		this.socket = new ServerSocket();
		this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		ServerConnectionFactory factory = new ServerConnectionFactory() {
			@Override
			public ServerConnection listen(int port) {
				return new ServerSocketConnection(TestSmsc.this.socket);
			}

			@Override
			public ServerConnection listen(int port, int timeout) {
				return listen(port);
			}

			@Override
			public ServerConnection listen(int port, int timeout, int backlog) {
				return listen(port);
			}
		};
		this.listener = new SMPPServerSessionListener(this.socket.getLocalPort(), factory);
		this.listener.setMessageReceiverListener(this);
		this.listener.setPduProcessorDegree(8);
		Thread acceptor = new Thread(this::acceptLoop, "test-smsc-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Another SMS centre of its own, for a test that runs Satellite in another process
	 * and must see only what that process sends. {@link #close()} it at the end.
	 */
	public static TestSmsc startAnother() {
		return startAnother(0);
	}

	/** Another SMS centre on this loopback port (0: any free one). */
	public static TestSmsc startAnother(int port) {
		try {
			return new TestSmsc(port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start a test SMS centre", ex);
		}
	}

	public static synchronized TestSmsc shared() {
		if (shared == null) {
			try {
				shared = new TestSmsc();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start the test SMS centre", ex);
			}
		}
		return shared;
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	private void acceptLoop() {
		while (!this.socket.isClosed()) {
			try {
				SMPPServerSession session = this.listener.accept();
				if (this.refuseBinds) {
					// Down: the connection is dropped before anything is said, as when
					// nothing listens.
					session.close();
					continue;
				}
				this.background.submit(() -> bind(session));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void bind(SMPPServerSession session) {
		try {
			BindRequest request = session.waitForBind(5000);
			if (this.refuseBinds) {
				request.reject(0x0D);
				session.close();
				return;
			}
			request.accept("test-smsc");
			this.accounts.put(session.getSessionId(), request.getSystemId());
			this.binds++;
			this.sessions.add(session);
		}
		catch (Exception ex) {
			session.close();
		}
	}

	/** How many binds were accepted so far. */
	public long binds() {
		return this.binds;
	}

	/**
	 * Refuses every bind from now on and drops the sessions bound now, like an SMS centre
	 * that is down; or accepts binds again.
	 */
	public void refuseConnections(boolean refuse) {
		this.refuseBinds = refuse;
		if (refuse) {
			for (SMPPServerSession session : this.sessions) {
				session.close();
			}
			this.sessions.clear();
		}
	}

	/**
	 * Answers every submit_sm with this command status (0 to accept them again).
	 */
	public void refuseSubmissionsWith(int commandStatus) {
		this.refuseSubmitsWith = commandStatus;
	}

	public void sendReceipts(boolean send) {
		this.sendReceipts = send;
	}

	@Override
	public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
		long arrived = System.nanoTime();
		String account = this.accounts.getOrDefault(source.getSessionId(), "");
		String destination = "+" + submitSm.getDestAddress();
		if (this.refuseSubmitsWith != 0) {
			this.attempts.add(new Attempt(arrived, account, destination, this.refuseSubmitsWith));
			throw new ProcessRequestException("refused by the test SMS centre", this.refuseSubmitsWith);
		}
		Integer refusal = this.refusals.get(destination);
		if (refusal != null) {
			this.attempts.add(new Attempt(arrived, account, destination, refusal));
			throw new ProcessRequestException("refused by the test SMS centre", refusal);
		}
		if (!withinRate(arrived)) {
			this.attempts.add(new Attempt(arrived, account, destination, THROTTLED));
			throw new ProcessRequestException("throttled by the test SMS centre", THROTTLED);
		}
		this.attempts.add(new Attempt(arrived, account, destination, 0));
		awaitTurnToAnswer(this.arrivals.incrementAndGet(), source);
		String id = Long.toString(this.ids.incrementAndGet());
		boolean header = (submitSm.getEsmClass() & GSMSpecificFeature.UDHI.value()) != 0;
		byte[] body = submitSm.getShortMessage();
		this.submissions.incrementAndGet();
		this.submitted.add(new Submitted("+" + submitSm.getDestAddress(), submitSm.getDataCoding(),
				header ? body : null, SmsEncoding.decode(submitSm.getDataCoding(), body, header), id, arrived));
		if (this.sendReceipts && submitSm.getRegisteredDelivery() != 0) {
			this.background.submit(() -> receipt(source, submitSm, id));
		}
		try {
			return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
		}
		catch (PDUStringException ex) {
			throw new ProcessRequestException("bad id", 0x08);
		}
	}

	private void receipt(SMPPServerSession session, SubmitSm submitSm, String id) {
		Receipt told = this.receipts.getOrDefault("+" + submitSm.getDestAddress(), Receipt.DELIVERED);
		if (told == Receipt.NONE) {
			return;
		}
		try {
			Thread.sleep(20);
			DeliveryReceipt receipt = new DeliveryReceipt(id, 1, told.state() == DeliveryReceiptState.DELIVRD ? 1 : 0,
					new Date(), new Date(), told.state(), told.error(), "");
			session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
					submitSm.getDestAddress(), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
					submitSm.getSourceAddr(),
					new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
					(byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
					receipt.toString().getBytes(StandardCharsets.US_ASCII));
		}
		catch (Exception ex) {
			// The client went away: the receipt is lost, as with a real SMS centre.
		}
	}

	/**
	 * Sends an SMS to the program as if the phone {@code from} had texted it, and returns
	 * when the application acknowledged it (after its transaction committed).
	 */
	public void text(String from, String text) {
		SMPPServerSession session = boundSession();
		boolean gsm = GSMCharset.canRepresent(text);
		byte[] body = gsm ? CharsetUtil.CHARSET_GSM.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
		try {
			if (body.length > 254) {
				session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
						from.replace("+", ""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "SATELLITE",
						new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
						new GeneralDataCoding(gsm ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2), new byte[0],
						new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), body));
			}
			else {
				session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
						from.replace("+", ""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "SATELLITE",
						new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
						new GeneralDataCoding(gsm ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2), body);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("The application did not accept the inbound SMS", ex);
		}
	}

	/** How a phone's network marks the parts of a long SMS. */
	public enum Concatenation {

		/**
		 * A user data header with an 8-bit reference (information element 0x00), as most
		 * phones send.
		 */
		UDH_8_BIT,
		/** A user data header with a 16-bit reference (information element 0x08). */
		UDH_16_BIT,
		/**
		 * No header; the SAR TLVs sar_msg_ref_num, sar_total_segments and
		 * sar_segment_seqnum.
		 */
		SAR

	}

	/**
	 * Sends a long SMS to the program as a phone's network does, as several deliver_sm,
	 * each GSM 7-bit or UCS-2 like the whole text, and returns when the application
	 * acknowledged the last one.
	 * @param order the parts to send, counted from 0, in the order to send them (one may
	 * appear twice); all of them in order when empty
	 * @return how many parts the text has
	 */
	public int textInParts(String from, String text, Concatenation how, int... order) {
		List<byte[]> parts = partsOf(text, how);
		boolean unicode = !GSMCharset.canRepresent(text);
		int[] sequence = (order.length == 0) ? IntStream.range(0, parts.size()).toArray() : order;
		for (int index : sequence) {
			byte[] part = parts.get(index);
			if (how == Concatenation.SAR) {
				deliver(from, new ESMClass(), unicode, part, sar(text, parts.size(), index));
			}
			else {
				deliver(from, new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI), unicode,
						part);
			}
		}
		return parts.size();
	}

	/**
	 * Sends parts of a long SMS from two threads at once, as when the last two parts
	 * reach two nodes together, and returns when the application acknowledged both.
	 */
	public void textPartsAtOnce(String from, String text, Concatenation how, int first, int second) {
		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> textInParts(from, text, how, first),
				this.background);
		CompletableFuture<Void> two = CompletableFuture.runAsync(() -> textInParts(from, text, how, second),
				this.background);
		one.join();
		two.join();
	}

	/**
	 * Sends one deliver_sm exactly as given, to try what a broken phone or network might
	 * send.
	 */
	public void deliver(String from, ESMClass esmClass, boolean unicode, byte[] shortMessage,
			OptionalParameter... parameters) {
		SMPPServerSession session = boundSession();
		try {
			session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
					from.replace("+", ""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "SATELLITE", esmClass,
					(byte) 0, (byte) 0, new RegisteredDelivery(0),
					new GeneralDataCoding(unicode ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT), shortMessage,
					parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The application did not accept the inbound SMS", ex);
		}
	}

	/**
	 * The short messages of a long text: those the application itself sends (8-bit
	 * reference headers), with the header made a 16-bit one or taken off for SAR. The
	 * reference is the same for a text every time.
	 */
	private static List<byte[]> partsOf(String text, Concatenation how) {
		SmsEncoding.Encoded encoded = SmsEncoding.split(text);
		if (!encoded.concatenated()) {
			throw new IllegalArgumentException("The text fits in one SMS");
		}
		List<byte[]> parts = new ArrayList<>();
		int reference = reference(text);
		for (byte[] segment : encoded.parts()) {
			byte[] body = Arrays.copyOfRange(segment, 6, segment.length);
			byte[] part = switch (how) {
				case UDH_8_BIT -> {
					byte[] header = segment.clone();
					header[3] = (byte) reference;
					yield header;
				}
				case UDH_16_BIT -> {
					byte[] header = new byte[7 + body.length];
					header[0] = 6;
					header[1] = 0x08;
					header[2] = 4;
					header[3] = (byte) (reference >> 8);
					header[4] = (byte) reference;
					header[5] = segment[4];
					header[6] = segment[5];
					System.arraycopy(body, 0, header, 7, body.length);
					yield header;
				}
				case SAR -> body;
			};
			parts.add(part);
		}
		return parts;
	}

	private static OptionalParameter[] sar(String text, int total, int index) {
		return new OptionalParameter[] { new OptionalParameter.Sar_msg_ref_num((short) reference(text)),
				new OptionalParameter.Sar_total_segments((byte) total),
				new OptionalParameter.Sar_segment_seqnum((byte) (index + 1)) };
	}

	private static int reference(String text) {
		return text.hashCode() & 0xffff;
	}

	private SMPPServerSession boundSession() {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			for (int i = this.sessions.size() - 1; i >= 0; i--) {
				SMPPServerSession session = this.sessions.get(i);
				if (session.getSessionState().isBound()) {
					return session;
				}
			}
			sleep(50);
		}
		throw new IllegalStateException("Nobody is bound to the test SMS centre");
	}

	/**
	 * The whole messages sent to a number, in the order their last segment arrived; a
	 * concatenated message counts once all its segments are in.
	 */
	public List<String> messagesTo(String phone) {
		List<String> out = new ArrayList<>();
		Map<String, String[]> partial = new LinkedHashMap<>();
		for (Submitted part : this.submitted) {
			if (!part.to().equals(phone)) {
				continue;
			}
			if (part.header() == null) {
				out.add(part.text());
				continue;
			}
			byte[] header = part.header();
			String reference = (header[3] & 0xff) + "/" + (header[4] & 0xff);
			String[] parts = partial.computeIfAbsent(reference, (key) -> new String[header[4] & 0xff]);
			parts[(header[5] & 0xff) - 1] = part.text();
			if (Arrays.stream(parts).allMatch(Objects::nonNull)) {
				out.add(String.join("", parts));
				partial.remove(reference);
			}
		}
		return out;
	}

	/** How many submit_sm were accepted since the SMS centre started. */
	public long submissions() {
		return this.submissions.get();
	}

	/** Forgets what was submitted so far, to keep memory flat in a benchmark. */
	public void forgetSubmitted() {
		this.submitted.clear();
		this.attempts.clear();
	}

	/** Every segment submitted so far. */
	public List<Submitted> submitted() {
		return List.copyOf(this.submitted);
	}

	/**
	 * Waits until the messages to a number satisfy a condition, and returns them.
	 */
	public List<String> awaitMessagesTo(String phone, Predicate<List<String>> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<String> messages = messagesTo(phone);
		while (!condition.test(messages) && System.nanoTime() < deadline) {
			sleep(50);
			messages = messagesTo(phone);
		}
		return messages;
	}

	/** Waits for at least {@code count} messages to a number. */
	public List<String> awaitMessagesTo(String phone, int count) {
		return awaitMessagesTo(phone, (messages) -> messages.size() >= count);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
			throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("not supported", 0x03);
	}

	/**
	 * One submit_sm as the SMS centre received it.
	 * @param header the user data header and body when the segment is part of a
	 * concatenated message, else null
	 */
	/**
	 * Answers {@code more} further submit_sm and then stops answering, like an SMS centre
	 * that has gone quiet: the next submissions wait unanswered until
	 * {@link #answerAgain()}. A submission whose client went away while it waited was
	 * never taken: it is neither answered nor recorded.
	 */
	public void answerOnly(long more) {
		this.answerUpTo = this.arrivals.get() + more;
	}

	/** Answers every submission again, the waiting ones first. */
	public void answerAgain() {
		synchronized (this.arrivals) {
			this.answerUpTo = Long.MAX_VALUE;
			this.arrivals.notifyAll();
		}
	}

	/**
	 * Whether any client is bound now; a client that died is noticed when its connection
	 * is read to the end.
	 */
	public boolean anyoneBound() {
		return this.sessions.stream().anyMatch((session) -> session.getSessionState().isBound());
	}

	/** How many submit_sm wait unanswered now. */
	public long waitingUnanswered() {
		return Math.max(0, this.arrivals.get() - this.answerUpTo);
	}

	private void awaitTurnToAnswer(long arrival, SMPPServerSession source) throws ProcessRequestException {
		synchronized (this.arrivals) {
			while (arrival > this.answerUpTo && source.getSessionState().isBound()) {
				try {
					this.arrivals.wait(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		if (!source.getSessionState().isBound()) {
			throw new ProcessRequestException("the client went away before an answer", 0x08);
		}
	}

	/** SMPP 3.4 ESME_RTHROTTLED. */
	public static final int THROTTLED = 0x58;

	/**
	 * Answers ESME_RTHROTTLED to every submit_sm that would make more than
	 * {@code perSecond} accepted in the last second, across every session, as an SMS
	 * centre enforcing a contract does ({@link Integer#MAX_VALUE}: never).
	 */
	public void throttleAbove(int perSecond) {
		synchronized (this.lastSecond) {
			this.throttleAbove = perSecond;
			this.lastSecond.clear();
		}
	}

	private boolean withinRate(long now) {
		synchronized (this.lastSecond) {
			if (this.throttleAbove == Integer.MAX_VALUE) {
				return true;
			}
			while (!this.lastSecond.isEmpty() && this.lastSecond.peekFirst() <= now - 1_000_000_000L) {
				this.lastSecond.pollFirst();
			}
			if (this.lastSecond.size() >= this.throttleAbove) {
				return false;
			}
			this.lastSecond.addLast(now);
			return true;
		}
	}

	/**
	 * Answers every submit_sm to this number with this command status (0: accept them
	 * again).
	 */
	public void refuse(String phone, int commandStatus) {
		if (commandStatus == 0) {
			this.refusals.remove(phone);
		}
		else {
			this.refusals.put(phone, commandStatus);
		}
	}

	/**
	 * What the delivery receipt of a message to this number says, once it is accepted.
	 */
	public void receiptFor(String phone, Receipt receipt) {
		this.receipts.put(phone, receipt);
	}

	/**
	 * Accepts binds and answers nothing from now on (not even enquire_link, once the
	 * answering threads are held).
	 */
	public void hang() {
		answerOnly(0);
	}

	/**
	 * Every submit_sm that arrived, answered or refused, in order of arrival (those this
	 * SMS centre held unanswered count too).
	 */
	public List<Attempt> attempts() {
		return List.copyOf(this.attempts);
	}

	/**
	 * The most submit_sm that arrived within any one second, counting every attempt
	 * (accepted, throttled or refused) from {@code since} (a {@link System#nanoTime()})
	 * on.
	 */
	public int mostInOneSecond(long since) {
		List<Long> times = this.attempts.stream()
			.map(Attempt::arrivedNanos)
			.filter((t) -> t >= since)
			.sorted()
			.toList();
		int most = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			while (times.get(last) - times.get(first) >= 1_000_000_000L) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	/** What a delivery receipt says. */
	public enum Receipt {

		DELIVERED(DeliveryReceiptState.DELIVRD, "000"), EXPIRED(DeliveryReceiptState.EXPIRED, "027"),
		UNDELIVERABLE(DeliveryReceiptState.UNDELIV, "034"), UNKNOWN_SUBSCRIBER(DeliveryReceiptState.UNDELIV, "001"),
		REJECTED(DeliveryReceiptState.REJECTD, "000"),
		/** No receipt at all, as when the network never sends one. */
		NONE(null, null);

		private final DeliveryReceiptState state;

		private final String error;

		Receipt(DeliveryReceiptState state, String error) {
			this.state = state;
			this.error = error;
		}

		DeliveryReceiptState state() {
			return this.state;
		}

		String error() {
			return this.error;
		}

	}

	/**
	 * One submit_sm as it arrived.
	 *
	 * @param account the system id of the bind it came over
	 * @param status the command status it was answered with at once (0: accepted, or held
	 * unanswered)
	 */
	public record Attempt(long arrivedNanos, String account, String to, int status) {
	}

	/** Stops listening and drops every session. */
	public void close() {
		for (SMPPServerSession session : this.sessions) {
			session.close();
		}
		this.sessions.clear();
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.background.shutdownNow();
	}

	public record Submitted(String to, byte dataCoding, byte[] header, String text, String messageId,
			long arrivedNanos) {
	}

}
