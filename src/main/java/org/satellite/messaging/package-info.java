/**
 * Messaging: delivery of messages that other modules decide to send, by SMS over SMPP and email over SMTP, the
 * feeds, and the SMS keyword router. It knows nothing of why a message is sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.satellite.messaging;
