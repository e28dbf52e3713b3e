package org.satellite.network;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.satellite.platform.Audited;
import org.satellite.platform.Refusal;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.KeyedHash;
import org.satellite.privacy.PhoneNumbers;
import org.satellite.privacy.Sealed;
import org.satellite.privacy.SealedColumn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peer workers of the program and their program phones.
 *
 * <p>
 * A phone number is stored sealed and as a keyed hash; it is never logged and never shown
 * without a trace: every read of the number publishes an {@link Audited} event that lands
 * in the audit trail in the same transaction.
 */
@Repository
public class PeerWorkers {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation.
	 */
	@Bean
	static SealedColumn peerWorkerPhones() {
		return SealedColumn.of("peer-worker-phones", "peer_workers", "id", "phone_sealed", PHONE_PURPOSE);
	}

	static final String PHONE_PURPOSE = "peer-worker.phone";

	private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._-]{2,40}");

	private static final String COLUMNS = "id, handle, site_code, active, phone_hash IS NOT NULL AS has_phone";

	private final JdbcClient jdbc;

	private final Sites sites;

	private final FieldCipher cipher;

	private final KeyedHash hash;

	private final ApplicationEventPublisher events;

	PeerWorkers(JdbcClient jdbc, Sites sites, FieldCipher cipher, KeyedHash hash, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.cipher = cipher;
		this.hash = hash;
		this.events = events;
	}

	@Transactional
	public PeerWorker register(String handle, String siteCode, String phone) {
		if (handle == null || !HANDLE.matcher(handle).matches()) {
			throw new Refusal("network.error.badHandle");
		}
		this.sites.require(siteCode);
		if (this.jdbc.sql("SELECT count(*) FROM peer_workers WHERE handle = :handle")
			.param("handle", handle)
			.query(Long.class)
			.single() > 0) {
			throw new Refusal("network.error.handleTaken", handle);
		}
		long id = this.jdbc.sql("INSERT INTO peer_workers (handle, site_code) VALUES (:handle, :site) RETURNING id")
			.param("handle", handle)
			.param("site", siteCode)
			.query(Long.class)
			.single();
		if (phone != null && !phone.isBlank()) {
			assignPhone(id, phone);
		}
		return require(id);
	}

	/**
	 * Gives a peer worker a program phone, replacing any earlier one.
	 */
	@Transactional
	public void assignPhone(long id, String phone) {
		String number = PhoneNumbers.normalise(phone).orElseThrow(() -> new Refusal("network.error.badPhone"));
		String lookup = this.hash.of(PHONE_PURPOSE, number);
		if (this.jdbc.sql("SELECT count(*) FROM peer_workers WHERE phone_hash = :hash AND id <> :id")
			.param("hash", lookup)
			.param("id", id)
			.query(Long.class)
			.single() > 0) {
			throw new Refusal("network.error.phoneTaken");
		}
		Sealed sealed = this.cipher.seal(PHONE_PURPOSE, number);
		this.jdbc.sql("UPDATE peer_workers SET phone_sealed = :sealed, phone_hash = :hash WHERE id = :id")
			.param("sealed", sealed.stored())
			.param("hash", lookup)
			.param("id", id)
			.update();
	}

	@Transactional
	public void removePhone(long id) {
		this.jdbc.sql("UPDATE peer_workers SET phone_sealed = NULL, phone_hash = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	@Transactional
	public void setActive(long id, boolean active) {
		this.jdbc.sql("UPDATE peer_workers SET active = :active WHERE id = :id")
			.param("active", active)
			.param("id", id)
			.update();
	}

	public List<PeerWorker> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM peer_workers ORDER BY site_code, handle")
			.query(PeerWorker.class)
			.list();
	}

	public List<PeerWorker> atSite(String siteCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM peer_workers WHERE site_code = :site ORDER BY handle")
			.param("site", siteCode)
			.query(PeerWorker.class)
			.list();
	}

	public Optional<PeerWorker> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM peer_workers WHERE id = :id")
			.param("id", id)
			.query(PeerWorker.class)
			.optional();
	}

	public PeerWorker require(long id) {
		return find(id).orElseThrow(() -> new Refusal("network.error.unknownPeerWorker"));
	}

	/**
	 * The active peer worker whose program phone this is, for messages that come in by
	 * SMS.
	 */
	public Optional<PeerWorker> byPhone(String phone) {
		return PhoneNumbers.normalise(phone)
			.flatMap((number) -> this.jdbc
				.sql("SELECT " + COLUMNS + " FROM peer_workers WHERE phone_hash = :hash AND active")
				.param("hash", this.hash.of(PHONE_PURPOSE, number))
				.query(PeerWorker.class)
				.optional());
	}

	/**
	 * The program phone number of a peer worker. Each call is written to the audit trail.
	 */
	@Transactional
	public Optional<String> contactOf(long id) {
		PeerWorker worker = require(id);
		Optional<String> phone = this.jdbc.sql("SELECT phone_sealed FROM peer_workers WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((stored) -> this.cipher.open(PHONE_PURPOSE, Sealed.fromStored(stored)));
		this.events.publishEvent(new Audited("peer-worker.contact-viewed", worker.handle(), null));
		return phone;
	}

}
