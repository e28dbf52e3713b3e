package org.satellite.messaging.internal.sms;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.satellite.messaging.SmsGatewayStatus;
import org.satellite.messaging.SmsOutcome;
import org.satellite.messaging.SmsProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transceiver bind to the SMS centre, kept alive with enquire_link and made again
 * with a doubling back-off when it drops, cannot be made, or stops answering. Submissions
 * are limited to {@code window} waiting for their response at once on this node, and
 * spaced by the deployment's shared {@link SendRate}. Refusals are read as SMPP defines
 * them ({@link SubmitStatuses}): "throttled" pauses the whole deployment and the message
 * goes again after the pause; a bind-level status or an answer that never came replaces
 * the connection. Never logs a number or a text.
 */
public class SmppGateway {

	private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);

	/**
	 * How many times a segment of a long message that has begun is sent again at once
	 * after "throttled".
	 */
	private static final int THROTTLED_RETRIES = 20;

	private final SmsSettings settings;

	private final MessageReceiverListener inbound;

	private final Clock clock;

	private final Semaphore window;

	private final SendRate rate;

	private final SubmitStatuses statuses;

	private final Outages outages;

	private final SmsMeters meters;

	private volatile SMPPSession session;

	private volatile int failedAttempts;

	private volatile String problem;

	private volatile Instant nextAttemptAt;

	public SmppGateway(SmsSettings settings, MessageReceiverListener inbound, Clock clock, SendRate rate,
			GatewayOutages outages, SmsMeters meters, String node) {
		this.settings = settings;
		this.inbound = inbound;
		this.clock = clock;
		this.window = new Semaphore(Math.max(1, settings.window()));
		this.rate = rate;
		this.statuses = new SubmitStatuses(settings);
		this.outages = new Outages(outages, node, clock);
		this.meters = meters;
		this.nextAttemptAt = clock.instant();
	}

	public boolean connected() {
		SMPPSession current = this.session;
		return current != null && current.getSessionState().isBound();
	}

	public SmsGatewayStatus status() {
		boolean up = connected();
		return new SmsGatewayStatus(this.settings.configured(), up, this.failedAttempts, up ? null : this.problem,
				up ? null : this.nextAttemptAt);
	}

	/**
	 * Binds when not bound and the back-off allows. Called every fraction of a second by
	 * the worker.
	 */
	public synchronized void keepConnected() {
		if (!this.settings.configured() || connected() || this.clock.instant().isBefore(this.nextAttemptAt)) {
			return;
		}
		retire(this.session);
		SMPPSession attempt = new SMPPSession();
		attempt.setEnquireLinkTimer((int) this.settings.enquireLink().toMillis());
		attempt.setTransactionTimer(this.settings.responseTimeout().toMillis());
		attempt.setMessageReceiverListener(this.inbound);
		attempt.setPduProcessorDegree(Math.max(3, this.settings.window()));
		// Inbound messages beyond what the listener takes at once are answered
		// "throttled" by the listener itself,
		// where they are counted; the library's own queue must never be the one that
		// refuses them unseen.
		attempt.setQueueCapacity(Math.max(100, this.settings.inboundAtOnce() * 10));
		try {
			attempt.connectAndBind(this.settings.host(), this.settings.port(),
					new BindParameter(BindType.BIND_TRX, this.settings.systemId(), this.settings.password(), "",
							TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					this.settings.responseTimeout().toMillis());
			attempt.addSessionStateListener((newState, oldState, source) -> {
				if (newState == SessionState.CLOSED && this.session == source) {
					lost(SmsProblem.CONNECTION_CLOSED.name(), this.settings.reconnectDelay());
				}
			});
			this.session = attempt;
			if (this.failedAttempts > 0) {
				log.info("Bound to the SMS centre again after {} failed attempts", this.failedAttempts);
			}
			this.failedAttempts = 0;
			this.problem = null;
			this.outages.ended();
		}
		catch (IOException | RuntimeException ex) {
			attempt.close();
			this.failedAttempts++;
			this.problem = bindProblem(ex);
			Duration delay = backoff(this.failedAttempts);
			this.nextAttemptAt = this.clock.instant().plus(delay);
			this.outages.down(this.problem);
			log.warn("Could not bind to the SMS centre (attempt {}): {}; next attempt in {} s", this.failedAttempts,
					describe(ex), delay.toSeconds());
		}
	}

	Duration backoff(int failures) {
		Duration delay = this.settings.reconnectDelay().multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
		return (delay.compareTo(this.settings.reconnectMaxDelay()) > 0) ? this.settings.reconnectMaxDelay() : delay;
	}

	/**
	 * Submits a text to a phone, in as many segments as it needs.
	 * @param to the number in E.164 form
	 */
	public Accepted submit(String to, String text) throws SubmitFailure, InterruptedException {
		SMPPSession current = this.session;
		if (current == null || !current.getSessionState().isBound()) {
			throw new SubmitFailure(SmsProblem.NOT_CONNECTED.name(), SubmitFailure.Kind.NOT_CONNECTED, null);
		}
		SmsEncoding.Encoded encoded = SmsEncoding.split(text);
		GeneralDataCoding coding = new GeneralDataCoding(
				encoded.unicode() ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
		ESMClass esm = encoded.concatenated()
				? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
		boolean alphanumeric = !this.settings.sourceAddress().chars().allMatch(Character::isDigit);
		String destination = to.startsWith("+") ? to.substring(1) : to;
		List<String> ids = new ArrayList<>();
		int throttled = 0;
		for (byte[] part : encoded.parts()) {
			while (true) {
				this.window.acquire();
				try {
					this.rate.acquire();
					ids.add(current
						.submitShortMessage("", alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
								alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
								this.settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
								destination, esm, (byte) 0, (byte) 1, null, null,
								new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, coding, (byte) 0,
								part)
						.getMessageId());
					this.meters.submitted("accepted");
					break;
				}
				catch (NegativeResponseException ex) {
					int status = ex.getCommandStatus();
					SubmitStatuses.Kind kind = this.statuses.kindOf(status);
					if (kind == SubmitStatuses.Kind.THROTTLED) {
						this.meters.submitted("throttled");
						throttled++;
						this.rate.pause(this.settings.throttlePause());
						// A message not begun goes back to the queue (where STOP can
						// still cancel it) and is due again
						// after the pause; the rest of a long message that has begun is
						// sent from here, so that no
						// segment goes twice.
						if (!ids.isEmpty() && throttled < THROTTLED_RETRIES) {
							continue;
						}
						throw new SubmitFailure(SmsProblem.THROTTLED.with(status), SubmitFailure.Kind.THROTTLED, null,
								throttled);
					}
					this.meters.submitted("refused");
					switch (kind) {
						case PERMANENT -> throw new SubmitFailure(SmsProblem.REFUSED.with(status),
								SubmitFailure.Kind.PERMANENT, this.statuses.permanentOutcome(status), throttled);
						case BIND -> {
							replace(current, SmsProblem.BIND_REFUSED.with(status));
							throw new SubmitFailure(SmsProblem.BIND_REFUSED.with(status),
									ids.isEmpty() ? SubmitFailure.Kind.NOT_CONNECTED : SubmitFailure.Kind.ANSWER_LOST,
									null, throttled);
						}
						default -> throw new SubmitFailure(SmsProblem.REFUSED_FOR_NOW.with(status),
								SubmitFailure.Kind.TEMPORARY, null, throttled);
					}
				}
				catch (ResponseTimeoutException | InvalidResponseException ex) {
					this.meters.submitted("no_answer");
					replace(current, SmsProblem.NOT_ANSWERING.name());
					throw new SubmitFailure(SmsProblem.NOT_ANSWERING.name(), SubmitFailure.Kind.ANSWER_LOST, null,
							throttled);
				}
				catch (PDUException ex) {
					throw new SubmitFailure(SmsProblem.REFUSED.name(), SubmitFailure.Kind.PERMANENT,
							SmsOutcome.UNREADABLE, throttled);
				}
				catch (IOException ex) {
					throw new SubmitFailure(SmsProblem.CONNECTION_CLOSED.name(),
							ids.isEmpty() ? SubmitFailure.Kind.NOT_CONNECTED : SubmitFailure.Kind.ANSWER_LOST, null,
							throttled);
				}
				finally {
					this.window.release();
				}
			}
		}
		return new Accepted(ids, throttled);
	}

	/**
	 * Gives up a session that is wrong (a bind-level refusal) or stopped answering: it is
	 * closed, and the next keepConnected makes a new one after a back-off that grows
	 * while the SMS centre keeps doing it.
	 */
	private synchronized void replace(SMPPSession broken, String why) {
		if (this.session != broken) {
			return;
		}
		this.failedAttempts++;
		lost(why, backoff(this.failedAttempts));
		log.warn("Replacing the connection to the SMS centre: {}", why);
		retire(broken);
		this.session = null;
	}

	private void lost(String why, Duration delay) {
		this.problem = why;
		this.nextAttemptAt = this.clock.instant().plus(delay);
		this.outages.down(why);
	}

	public synchronized void close() {
		closeQuietly();
	}

	/**
	 * Lets go of a session that is no longer wanted. Closing it waits for its threads (an
	 * enquire_link may be waiting for its answer), so it is closed on a thread of its own
	 * and never holds up reconnecting.
	 */
	private void retire(SMPPSession old) {
		if (old == this.session) {
			this.session = null;
		}
		if (old != null) {
			Thread closer = new Thread(() -> {
				try {
					old.close();
				}
				catch (RuntimeException ex) {
					log.debug("Closing a dead SMPP session failed", ex);
				}
			}, "smpp-close");
			closer.setDaemon(true);
			closer.start();
		}
	}

	private void closeQuietly() {
		SMPPSession current = this.session;
		this.session = null;
		if (current != null) {
			try {
				if (current.getSessionState().isBound()) {
					current.unbindAndClose();
				}
				else {
					current.close();
				}
			}
			catch (RuntimeException ex) {
				log.debug("Closing the SMPP session failed", ex);
			}
		}
	}

	/**
	 * Why a bind failed: the SMS centre said no, or it could not be reached (no answer,
	 * connection dropped).
	 */
	private static String bindProblem(Exception ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof NegativeResponseException refused) {
				return SmsProblem.BIND_REFUSED.with(refused.getCommandStatus());
			}
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return SmsProblem.UNREACHABLE.name();
	}

	private static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	/**
	 * What the SMS centre accepted: the message id of each segment, and how many times it
	 * first asked to slow down.
	 */
	public record Accepted(List<String> messageIds, int throttled) {
	}

	/**
	 * Why a submission did not go through.
	 */
	public static class SubmitFailure extends Exception {

		/** What the worker should do with the message. */
		public enum Kind {

			/** Not submitted at all: give it back untried. */
			NOT_CONNECTED,
			/**
			 * Submitted, and the answer is lost (no answer in time, or the connection
			 * broke): send it again.
			 */
			ANSWER_LOST,
			/**
			 * The SMS centre kept asking to slow down: give it back untried, to go again
			 * soon.
			 */
			THROTTLED,
			/** Refused for a reason that may pass: try again after a back-off. */
			TEMPORARY,
			/** Can never go: report it failed at once, with its outcome. */
			PERMANENT

		}

		private final Kind kind;

		private final SmsOutcome outcome;

		private final int throttled;

		SubmitFailure(String problem, Kind kind, SmsOutcome outcome) {
			this(problem, kind, outcome, 0);
		}

		SubmitFailure(String problem, Kind kind, SmsOutcome outcome, int throttled) {
			super(problem);
			this.kind = kind;
			this.outcome = outcome;
			this.throttled = throttled;
		}

		public Kind kind() {
			return this.kind;
		}

		/** How the message ends, for a permanent failure. */
		public SmsOutcome outcome() {
			return this.outcome;
		}

		/** How many times the SMS centre asked to slow down before this. */
		public int throttled() {
			return this.throttled;
		}

	}

}
