package org.satellite.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.privacy.ContactDetails;
import org.satellite.privacy.FieldCipher;
import org.satellite.privacy.PhoneNumbers;
import org.satellite.privacy.Sealed;
import org.satellite.privacy.SealedColumn;
import org.satellite.referrals.ReferralKind;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services directory, in English and French. Coordinators add and correct entries; an
 * entry that is no longer current is made inactive, never deleted, so that past referrals
 * still name it.
 *
 * <p>
 * A service's phone is an organisation's public number, not a person's; it is sealed all
 * the same, like every phone number Satellite holds (decision 0012). Free-text fields are
 * checked for contact details so that nobody's personal number or email ends up in the
 * directory by way of "ask for ...".
 */
@Service
public class ServicesDirectory {

	/**
	 * Where this class keeps sealed values, for sealing them again after a key rotation.
	 */
	@Bean
	static SealedColumn servicePhones() {
		return SealedColumn.of("service-phones", "services", "id", "phone_sealed", PHONE_PURPOSE);
	}

	static final String PHONE_PURPOSE = "service.phone";

	private static final String COLUMNS = "id, kind, name_en, name_fr, hours_en, hours_fr, directions_en, directions_fr, phone_sealed, languages, active";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	ServicesDirectory(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Transactional
	public DirectoryEntry add(StaffMember by, NewService service) {
		requireCoordinator(by);
		String phone = check(service);
		// A form sent twice must not list a service twice.
		if (this.jdbc.sql("SELECT count(*) FROM services WHERE kind = :kind AND lower(name_en) = lower(:name)")
			.param("kind", service.kind().name())
			.param("name", service.nameEn().strip())
			.query(Long.class)
			.single() > 0) {
			throw new Refusal("referrals.error.alreadyListed", service.nameEn().strip());
		}
		long id = this.jdbc
			.sql("""
					INSERT INTO services (kind, name_en, name_fr, hours_en, hours_fr, directions_en, directions_fr,
					    phone_sealed, languages, updated_by)
					VALUES (:kind, :nameEn, :nameFr, :hoursEn, :hoursFr, :directionsEn, :directionsFr, :phone, :languages, :by)
					RETURNING id""")
			.params(params(service, phone, by, null))
			.query(Long.class)
			.single();
		return require(id);
	}

	@Transactional
	public DirectoryEntry update(StaffMember by, long id, NewService service) {
		requireCoordinator(by);
		require(id);
		String phone = check(service);
		this.jdbc.sql("""
				UPDATE services SET kind = :kind, name_en = :nameEn, name_fr = :nameFr, hours_en = :hoursEn,
				    hours_fr = :hoursFr, directions_en = :directionsEn, directions_fr = :directionsFr,
				    phone_sealed = :phone, languages = :languages, updated_by = :by, updated_at = program_now()
				WHERE id = :id""").params(params(service, phone, by, id)).update();
		return require(id);
	}

	@Transactional
	public void setActive(StaffMember by, long id, boolean active) {
		requireCoordinator(by);
		this.jdbc
			.sql("UPDATE services SET active = :active, updated_by = :by, updated_at = program_now() WHERE id = :id")
			.param("active", active)
			.param("by", by.username())
			.param("id", id)
			.update();
	}

	public List<DirectoryEntry> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM services ORDER BY kind, name_en").query(this::service).list();
	}

	public List<DirectoryEntry> active(ReferralKind kind) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM services WHERE active AND kind = :kind ORDER BY name_en")
			.param("kind", kind.name())
			.query(this::service)
			.list();
	}

	public Optional<DirectoryEntry> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM services WHERE id = :id")
			.param("id", id)
			.query(this::service)
			.optional();
	}

	public DirectoryEntry require(long id) {
		return find(id).orElseThrow(() -> new Refusal("referrals.error.unknownService"));
	}

	/** Checks an entry and returns its phone, sealed, or null. */
	private String check(NewService service) {
		if (service.kind() == null) {
			throw new Refusal("referrals.error.kindRequired");
		}
		if (blank(service.nameEn()) || blank(service.nameFr())) {
			throw new Refusal("referrals.error.namesRequired");
		}
		for (String text : List.of(service.nameEn(), service.nameFr(), text(service.hoursEn()), text(service.hoursFr()),
				text(service.directionsEn()), text(service.directionsFr()), text(service.languages()))) {
			if (text.length() > 500) {
				throw new Refusal("referrals.error.tooLong");
			}
			if (ContactDetails.anyIn(text)) {
				throw new Refusal("referrals.error.contactInText");
			}
		}
		if (blank(service.phone())) {
			return null;
		}
		String number = PhoneNumbers.normalise(service.phone())
			.orElseThrow(() -> new Refusal("referrals.error.badPhone"));
		return this.cipher.seal(PHONE_PURPOSE, number).stored();
	}

	private static Map<String, Object> params(NewService service, String phone, StaffMember by, Long id) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", service.kind().name());
		params.put("nameEn", service.nameEn().strip());
		params.put("nameFr", service.nameFr().strip());
		params.put("hoursEn", text(service.hoursEn()));
		params.put("hoursFr", text(service.hoursFr()));
		params.put("directionsEn", text(service.directionsEn()));
		params.put("directionsFr", text(service.directionsFr()));
		params.put("phone", phone);
		params.put("languages", text(service.languages()));
		params.put("by", by.username());
		params.put("id", id);
		return params;
	}

	private DirectoryEntry service(ResultSet rs, int row) throws SQLException {
		String sealed = rs.getString("phone_sealed");
		return new DirectoryEntry(rs.getLong("id"), ReferralKind.valueOf(rs.getString("kind")), rs.getString("name_en"),
				rs.getString("name_fr"), rs.getString("hours_en"), rs.getString("hours_fr"),
				rs.getString("directions_en"), rs.getString("directions_fr"),
				(sealed != null) ? this.cipher.open(PHONE_PURPOSE, Sealed.fromStored(sealed)) : null,
				rs.getString("languages"), rs.getBoolean("active"));
	}

	private static void requireCoordinator(StaffMember by) {
		if (!(by.is(Role.COORDINATOR) || by.is(Role.ADMIN))) {
			throw new NotAllowed("referrals.error.coordinatorsOnly");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(String text) {
		return (text == null) ? "" : text.strip();
	}

}
