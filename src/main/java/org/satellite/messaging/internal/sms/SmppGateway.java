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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transceiver bind to the SMS centre, kept alive with enquire_link and made again with a doubling back-off when
 * it drops or cannot be made. Submissions are limited to {@code window} waiting for their response at once and
 * spaced to {@code rate} a second. Never logs a number or a text.
 */
public class SmppGateway {

	private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);

	private final SmsSettings settings;

	private final MessageReceiverListener inbound;

	private final Clock clock;

	private final Semaphore window;

	private final Throttle throttle;

	private volatile SMPPSession session;

	private volatile int failedAttempts;

	private volatile String lastError;

	private volatile Instant nextAttemptAt;

	public SmppGateway(SmsSettings settings, MessageReceiverListener inbound, Clock clock) {
		this.settings = settings;
		this.inbound = inbound;
		this.clock = clock;
		this.window = new Semaphore(Math.max(1, settings.window()));
		this.throttle = new Throttle(settings.rate());
		this.nextAttemptAt = clock.instant();
	}

	public boolean connected() {
		SMPPSession current = this.session;
		return current != null && current.getSessionState().isBound();
	}

	public SmsGatewayStatus status() {
		boolean up = connected();
		return new SmsGatewayStatus(this.settings.configured(), up, this.failedAttempts, up ? null : this.lastError,
				up ? null : this.nextAttemptAt);
	}

	/**
	 * Binds when not bound and the back-off allows. Called every fraction of a second by the scheduler.
	 */
	public synchronized void keepConnected() {
		if (!this.settings.configured() || connected() || this.clock.instant().isBefore(this.nextAttemptAt)) {
			return;
		}
		retire();
		SMPPSession attempt = new SMPPSession();
		attempt.setEnquireLinkTimer((int) this.settings.enquireLink().toMillis());
		attempt.setTransactionTimer(5_000);
		attempt.setMessageReceiverListener(this.inbound);
		attempt.setPduProcessorDegree(Math.max(3, this.settings.window()));
		try {
			attempt.connectAndBind(this.settings.host(), this.settings.port(),
					new BindParameter(BindType.BIND_TRX, this.settings.systemId(), this.settings.password(), "",
							TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
					5_000);
			attempt.addSessionStateListener((newState, oldState, source) -> {
				if (newState == SessionState.CLOSED) {
					this.lastError = "The connection to the SMS centre closed";
					this.nextAttemptAt = this.clock.instant().plus(this.settings.reconnectDelay());
				}
			});
			this.session = attempt;
			if (this.failedAttempts > 0) {
				log.info("Bound to the SMS centre again after {} failed attempts", this.failedAttempts);
			}
			this.failedAttempts = 0;
			this.lastError = null;
		}
		catch (IOException | RuntimeException ex) {
			attempt.close();
			this.failedAttempts++;
			this.lastError = describe(ex);
			Duration delay = backoff(this.failedAttempts);
			this.nextAttemptAt = this.clock.instant().plus(delay);
			log.warn("Could not bind to the SMS centre (attempt {}): {}; next attempt in {} s", this.failedAttempts,
					this.lastError, delay.toSeconds());
		}
	}

	Duration backoff(int failures) {
		Duration delay = this.settings.reconnectDelay().multipliedBy(1L << Math.min(failures - 1, 20));
		return (delay.compareTo(this.settings.reconnectMaxDelay()) > 0) ? this.settings.reconnectMaxDelay() : delay;
	}

	/**
	 * Submits a text to a phone, in as many segments as it needs, and gives the SMS centre's message id of each.
	 * @param to the number in E.164 form
	 */
	public List<String> submit(String to, String text) throws SubmitFailure, InterruptedException {
		SMPPSession current = this.session;
		if (current == null || !current.getSessionState().isBound()) {
			throw new SubmitFailure("Not connected to the SMS centre", SubmitFailure.Kind.NOT_CONNECTED);
		}
		SmsEncoding.Encoded encoded = SmsEncoding.split(text);
		GeneralDataCoding coding = new GeneralDataCoding(encoded.unicode() ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
		ESMClass esm = encoded.concatenated()
				? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
		boolean alphanumeric = !this.settings.sourceAddress().chars().allMatch(Character::isDigit);
		List<String> ids = new ArrayList<>();
		for (byte[] part : encoded.parts()) {
			this.throttle.acquire();
			this.window.acquire();
			try {
				ids.add(current
					.submitShortMessage("", alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
							alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
							this.settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
							to.startsWith("+") ? to.substring(1) : to, esm, (byte) 0, (byte) 1, null, null,
							new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, coding, (byte) 0, part)
					.getMessageId());
			}
			catch (NegativeResponseException ex) {
				throw new SubmitFailure("The SMS centre refused the message (status 0x"
						+ Integer.toHexString(ex.getCommandStatus()) + ")", SubmitFailure.Kind.REFUSED);
			}
			catch (ResponseTimeoutException | InvalidResponseException ex) {
				throw new SubmitFailure("No valid answer from the SMS centre: " + describe(ex), SubmitFailure.Kind.REFUSED);
			}
			catch (PDUException ex) {
				throw new SubmitFailure("The message could not be encoded: " + describe(ex), SubmitFailure.Kind.PERMANENT);
			}
			catch (IOException ex) {
				throw new SubmitFailure("The connection to the SMS centre failed: " + describe(ex),
						ids.isEmpty() ? SubmitFailure.Kind.NOT_CONNECTED : SubmitFailure.Kind.REFUSED);
			}
			finally {
				this.window.release();
			}
		}
		return ids;
	}

	public synchronized void close() {
		closeQuietly();
	}

	/**
	 * Lets go of a session that is no longer bound. Closing it waits for its threads (an enquire_link may be waiting
	 * for its answer), so it is closed on a thread of its own and never holds up reconnecting.
	 */
	private void retire() {
		SMPPSession old = this.session;
		this.session = null;
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

	private static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * Why a submission did not go through.
	 */
	public static class SubmitFailure extends Exception {

		/** What the worker should do with the message. */
		public enum Kind {

			/** Not submitted at all: give it back untried. */
			NOT_CONNECTED,
			/** Refused or unanswered: try again later. */
			REFUSED,
			/** Can never go: report it failed. */
			PERMANENT

		}

		private final Kind kind;

		SubmitFailure(String message, Kind kind) {
			super(message);
			this.kind = kind;
		}

		public Kind kind() {
			return this.kind;
		}

	}

}
