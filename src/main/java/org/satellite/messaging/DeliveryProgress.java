package org.satellite.messaging;

/**
 * How far the messages of one batch (for example one alert) have gone.
 */
public record DeliveryProgress(long queued, long sending, long sent, long delivered, long failed, long cancelled,
		String lastError) {

	public long total() {
		return this.queued + this.sending + this.sent + this.delivered + this.failed + this.cancelled;
	}

	/** Whether nothing of the batch is still waiting to go out. */
	public boolean finished() {
		return this.queued == 0 && this.sending == 0;
	}

	/** Messages that left: accepted by the SMS centre, delivered or not yet known. */
	public long done() {
		return this.sent + this.delivered + this.failed + this.cancelled;
	}

}
