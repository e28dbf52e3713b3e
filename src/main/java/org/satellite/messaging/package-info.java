/**
 * Messaging: delivery of messages that other modules decide to send, by SMS over SMPP and
 * email over SMTP, and the SMS keyword router. It knows nothing of why a message is sent.
 *
 * <p>
 * SMS: {@link org.satellite.messaging.SmsOutbox} queues in the caller's transaction under
 * a key used once; a worker per node claims due messages with
 * {@code FOR UPDATE SKIP LOCKED} and submits them over one SMPP 3.4 transceiver bind
 * (jSMPP) with a window and a rate limit, GSM 7-bit or UCS-2, long texts in concatenated
 * segments; delivery receipts mark messages delivered or failed;
 * {@link org.satellite.messaging.SmsOutbox#progress(String)} and
 * {@link org.satellite.messaging.SmsOutbox#gateway()} feed delivery pages. Inbound SMS go
 * to the {@link org.satellite.messaging.SmsKeywordHandler} that registered their first
 * word, in the module that owns what the word means (alerts' subscriptions, supplies'
 * peer worker commands); messaging uses only privacy and platform (decision 0073). A long
 * SMS that arrives in several parts is joined before routing: its parts wait in
 * {@code sms_parts} under the sender's keyed hash, and their text (which may hold
 * anything a person writes) is deleted as soon as the message is whole or after
 * {@code satellite.sms.parts.limit} (1 hour), when nothing of it is routed. Settings:
 * {@code satellite.sms.*} (decisions 0030, 0031, 0033, 0037).
 *
 * <p>
 * API: the SMS outbox ({@link org.satellite.messaging.SmsOutbox},
 * {@link org.satellite.messaging.OutgoingSms} and what it reports), the keyword router
 * ({@link org.satellite.messaging.SmsKeywordHandler},
 * {@link org.satellite.messaging.InboundSms}),
 * {@link org.satellite.messaging.SmsLanguages}, {@link org.satellite.messaging.SmsLength}
 * and the email outbox ({@link org.satellite.messaging.Emails},
 * {@link org.satellite.messaging.Email}). May use {@code platform} and {@code privacy}
 * only: it knows nothing of why a message is sent (the table in
 * {@code docs/architecture.md}, checked by {@code ArchitectureDocumentTests}).
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = { "platform", "privacy" })
package org.satellite.messaging;

import org.springframework.modulith.ApplicationModule;
