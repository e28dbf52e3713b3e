package org.satellite.platform.internal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Stops the embedded PostgreSQL last, when Spring destroys this bean after the data
 * source and everything that uses it.
 *
 * <p>
 * zonky stops its server from a JVM shutdown hook of its own, which runs at the same time
 * as Spring's. On every stop, PostgreSQL went away while Satellite was still closing:
 * pooled connections failed, the event publication registry could not record its state,
 * and the SMS worker could not record messages the SMS centre had just accepted, which
 * were then sent again after the restart. So the library's hook is disarmed as soon as
 * the server starts (it does nothing for a server it believes closed, a flag it keeps in
 * a private field), and this bean closes the server the library's way, with its clean-up,
 * at the right moment. If a later version of the library renames that field, the hook
 * stays armed and Satellite says so once; nothing else changes.
 */
final class EmbeddedServerStop implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServerStop.class);

	private final EmbeddedPostgres server;

	private final AtomicBoolean closed;

	private EmbeddedServerStop(EmbeddedPostgres server, AtomicBoolean closed) {
		this.server = server;
		this.closed = closed;
	}

	/**
	 * Disarms the library's shutdown hook for this server, and gives the bean that stops
	 * it instead.
	 */
	static EmbeddedServerStop takeOver(EmbeddedPostgres server) {
		AtomicBoolean closed = null;
		try {
			Field field = EmbeddedPostgres.class.getDeclaredField("closed");
			field.setAccessible(true);
			closed = (AtomicBoolean) field.get(server);
			closed.set(true);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.warn("Could not take over stopping the embedded PostgreSQL ({}); it may stop before Satellite "
					+ "has finished closing", ex.toString());
		}
		return new EmbeddedServerStop(server, closed);
	}

	@Override
	public void destroy() throws IOException {
		if (this.closed != null) {
			this.closed.set(false);
		}
		this.server.close();
	}

}
