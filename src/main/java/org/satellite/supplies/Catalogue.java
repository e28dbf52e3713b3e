package org.satellite.supplies;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.Refusal;
import org.satellite.supplies.internal.ItemCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program hands out: single items and kits made of items. Admins add to it;
 * nothing is ever removed, an item that is no longer handed out is made inactive so that
 * past figures still add up.
 */
@Repository
public class Catalogue {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,24}");

	private static final String COLUMNS = "code, name_en, name_fr, unit_en, unit_fr, category, kit, needles, tracks_lots, active, position";

	private final JdbcClient jdbc;

	Catalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Item> items() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM items ORDER BY position, code").query(Item.class).list();
	}

	public List<Item> activeItems() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM items WHERE active ORDER BY position, code")
			.query(Item.class)
			.list();
	}

	public Optional<Item> find(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM items WHERE code = :code")
			.param("code", code)
			.query(Item.class)
			.optional();
	}

	public Item require(String code) {
		return find(code).filter(Item::active).orElseThrow(() -> new Refusal("supplies.error.unknownItem", code));
	}

	/**
	 * Makes sure every code names an item handed out today, in one query.
	 * @throws Refusal naming the first code in the given order that does not
	 */
	public void requireAll(Collection<String> codes) {
		Set<String> known = new HashSet<>(this.jdbc.sql("SELECT code FROM items WHERE active AND code = ANY(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list());
		codes.stream().filter((code) -> !known.contains(code)).findFirst().ifPresent((code) -> {
			throw new Refusal("supplies.error.unknownItem", code);
		});
	}

	/**
	 * The items a kit is made of, with how many of each.
	 */
	public Map<String, Integer> componentsOf(String kitCode) {
		return this.jdbc.sql("SELECT item_code, quantity FROM kit_components WHERE kit_code = :kit ORDER BY item_code")
			.param("kit", kitCode)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	@Transactional
	public Item add(StaffMember by, NewItem item) {
		requireAdmin(by);
		requireNew(item.code());
		insert(item, false, item.category() == ItemCategory.INJECTION && item.isNeedle() ? 1 : 0);
		return require(item.code());
	}

	/**
	 * Adds a kit. The needles it holds are counted from its components, so that needles
	 * handed out in kits count as needles out.
	 */
	@Transactional
	public Item addKit(StaffMember by, NewItem kit, Map<String, Integer> components) {
		requireAdmin(by);
		requireNew(kit.code());
		if (components.isEmpty()) {
			throw new Refusal("supplies.error.emptyKit");
		}
		int needles = 0;
		for (Map.Entry<String, Integer> component : components.entrySet()) {
			Item part = require(component.getKey());
			if (part.kit()) {
				throw new Refusal("supplies.error.kitInKit", part.code());
			}
			if (component.getValue() == null || component.getValue() < 1 || component.getValue() > 1000) {
				throw new Refusal("supplies.error.badQuantity", part.code());
			}
			needles += part.needles() * component.getValue();
		}
		insert(kit, true, needles);
		components.forEach((code, quantity) -> this.jdbc
			.sql("INSERT INTO kit_components (kit_code, item_code, quantity) VALUES (:kit, :item, :quantity)")
			.param("kit", kit.code())
			.param("item", code)
			.param("quantity", quantity)
			.update());
		return require(kit.code());
	}

	@Transactional
	public void setActive(StaffMember by, String code, boolean active) {
		requireAdmin(by);
		this.jdbc.sql("UPDATE items SET active = :active WHERE code = :code")
			.param("active", active)
			.param("code", code)
			.update();
	}

	private void insert(NewItem item, boolean kit, int needles) {
		this.jdbc
			.sql("""
					INSERT INTO items (code, name_en, name_fr, unit_en, unit_fr, category, kit, needles, tracks_lots, position)
					VALUES (:code, :nameEn, :nameFr, :unitEn, :unitFr, :category, :kit, :needles, :tracksLots,
					        (SELECT coalesce(max(position), 0) + 10 FROM items))""")
			.param("code", item.code())
			.param("nameEn", item.nameEn().strip())
			.param("nameFr", item.nameFr().strip())
			.param("unitEn", item.unitEn().strip())
			.param("unitFr", item.unitFr().strip())
			.param("category", item.category().name())
			.param("kit", kit)
			.param("needles", needles)
			.param("tracksLots", item.category() == ItemCategory.NALOXONE)
			.update();
	}

	private void requireNew(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new Refusal("supplies.error.badItemCode", String.valueOf(code));
		}
		if (find(code).isPresent()) {
			throw new Refusal("supplies.error.itemExists", code);
		}
	}

	private static void requireAdmin(StaffMember by) {
		if (!by.is(Role.ADMIN)) {
			throw new NotAllowed("supplies.error.adminsOnly");
		}
	}

	/**
	 * An item or kit to add to the catalogue.
	 *
	 * @param isNeedle whether one unit is one needle (or syringe), counted in needles out
	 */
	public record NewItem(String code, String nameEn, String nameFr, String unitEn, String unitFr,
			ItemCategory category, boolean isNeedle) {

		public NewItem {
			if (isBlank(nameEn) || isBlank(nameFr) || isBlank(unitEn) || isBlank(unitFr) || category == null) {
				throw new Refusal("supplies.error.itemIncomplete");
			}
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

	}

}
