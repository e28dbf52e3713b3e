package org.satellite.supplies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.network.Sites;
import org.satellite.platform.Idempotency;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.ProgramTime;
import org.satellite.platform.Refusal;
import org.satellite.supplies.internal.AdjustmentReason;
import org.satellite.supplies.internal.ItemCategory;
import org.satellite.supplies.internal.MovementKind;
import org.satellite.supplies.internal.Movements;
import org.satellite.supplies.internal.SuppliesSettings;
import org.satellite.supplies.internal.TransferLine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves stock between locations: receipts at the hub, transfers from the hub to sites
 * (and back), and adjustments with a reason. Coordinators do this; a peer worker may only
 * record an adjustment at their own site (supplies lost or taken by police, for example).
 */
@Service
public class Stockroom {

	/**
	 * The most of one item a receipt, transfer or adjustment can move: a hub's delivery
	 * can be large.
	 */
	static final int MAX_MOVED = 1_000_000;

	private final Catalogue catalogue;

	private final Sites sites;

	private final Movements movements;

	private final Idempotency idempotency;

	private final ProgramTime time;

	private final SuppliesSettings settings;

	Stockroom(Catalogue catalogue, Sites sites, Movements movements, Idempotency idempotency, ProgramTime time,
			SuppliesSettings settings) {
		this.catalogue = catalogue;
		this.sites = sites;
		this.movements = movements;
		this.idempotency = idempotency;
		this.time = time;
		this.settings = settings;
	}

	@Transactional
	public Idempotency.Outcome receive(StaffMember by, Instant occurredAt, List<TransferLine> lines,
			String idempotencyKey) {
		requireCoordinator(by);
		Instant when = requireNotFuture(occurredAt);
		requireLines(lines);
		for (TransferLine line : lines) {
			Item item = this.catalogue.require(line.itemCode());
			if (item.tracksLots() && (line.lot() == null || line.lot().isBlank() || line.expiresOn() == null)) {
				throw new Refusal("supplies.error.lotRequired", item.code());
			}
			if (line.expiresOn() != null && line.expiresOn().isBefore(this.time.today())) {
				throw new Refusal("supplies.error.receivedExpired", item.code());
			}
		}
		String hub = this.settings.hubCode();
		return this.idempotency.once("receipt", idempotencyKey, Idempotency.fingerprint(occurredAt, lines),
				(id) -> lines.forEach((line) -> this.movements.append(id, when, hub, line.itemCode(), line.quantity(),
						MovementKind.RECEIVED, null, blankToNull(line.lot()), line.expiresOn(), null, by.username())));
	}

	/**
	 * Moves stock from one location to another (a restock of a site from the hub,
	 * mostly). A line that names no lot takes the lots the source holds, soonest expiry
	 * first, and the destination keeps their expiry dates.
	 */
	@Transactional
	public Idempotency.Outcome transfer(StaffMember by, String from, String to, Instant occurredAt,
			List<TransferLine> lines, String idempotencyKey) {
		requireCoordinator(by);
		requireLocation(from);
		requireLocation(to);
		if (from.equals(to)) {
			throw new Refusal("supplies.error.sameLocation");
		}
		Instant when = requireNotFuture(occurredAt);
		requireLines(lines);
		lines.forEach((line) -> this.catalogue.require(line.itemCode()));
		return this.idempotency.once("transfer", idempotencyKey, Idempotency.fingerprint(from, to, occurredAt, lines),
				(id) -> lines.stream().flatMap((line) -> fromLots(from, line).stream()).forEach((line) -> {
					this.movements.append(id, when, from, line.itemCode(), -line.quantity(),
							MovementKind.TRANSFERRED_OUT, null, blankToNull(line.lot()), line.expiresOn(), to,
							by.username());
					this.movements.append(id, when, to, line.itemCode(), line.quantity(), MovementKind.TRANSFERRED_IN,
							null, blankToNull(line.lot()), line.expiresOn(), from, by.username());
				}));
	}

	/**
	 * A line that names no lot, split over the lots the source holds, soonest expiry
	 * first, as a person filling the box takes the oldest kits: so that naloxone sent to
	 * a site keeps its expiry date there, and the site's expiring kits are flagged,
	 * without anyone typing a lot number. What no known lot explains moves without a lot.
	 */
	private List<TransferLine> fromLots(String from, TransferLine line) {
		if (line.lot() != null && !line.lot().isBlank()) {
			return List.of(line);
		}
		List<TransferLine> parts = new ArrayList<>();
		int left = line.quantity();
		for (ExpiringLot lot : this.movements.lotsHeld(from, line.itemCode())) {
			if (left == 0) {
				break;
			}
			int taken = Math.min(left, lot.quantity());
			parts.add(new TransferLine(line.itemCode(), taken, lot.lot(), lot.expiresOn()));
			left -= taken;
		}
		if (left > 0) {
			parts.add(TransferLine.of(line.itemCode(), left));
		}
		return parts;
	}

	/**
	 * Corrects stock with a reason. A correction is a new line that adds or removes
	 * stock, never an edit of an old line.
	 */
	@Transactional
	public Idempotency.Outcome adjust(StaffMember by, String location, String itemCode, int change,
			AdjustmentReason reason, Instant occurredAt, String idempotencyKey) {
		if (!(by.is(Role.ADMIN) || by.is(Role.COORDINATOR) || by.mayActFor(location))) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		requireLocation(location);
		this.catalogue.require(itemCode);
		if (change == 0 || Math.abs(change) > MAX_MOVED) {
			throw new Refusal("supplies.error.badMovedQuantity", itemCode);
		}
		if (reason == null) {
			throw new Refusal("supplies.error.reasonRequired");
		}
		Instant when = requireNotFuture(occurredAt);
		return this.idempotency.once("adjustment", idempotencyKey,
				Idempotency.fingerprint(location, itemCode, change, reason, occurredAt),
				(id) -> this.movements.append(id, when, location, itemCode, change, MovementKind.ADJUSTED, reason, null,
						null, null, by.username()));
	}

	/**
	 * Takes naloxone given during an overdose response out of a site's stock, as part of
	 * the caller's entry (the response). Never refused for lack of stock: the person who
	 * gave it is right and the ledger is late, so the stock may go below zero and is then
	 * flagged like any negative stock. The caller makes the entry idempotent.
	 * @param entryId the overdose response this belongs to
	 * @param itemCode a naloxone item of the catalogue
	 * @param quantity units given, at least 1
	 */
	@Transactional
	public void administer(StaffMember by, UUID entryId, String siteCode, String itemCode, int quantity,
			Instant occurredAt) {
		if (!by.mayActFor(siteCode)) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		requireLocation(siteCode);
		Item item = this.catalogue.require(itemCode);
		if (item.category() != ItemCategory.NALOXONE) {
			throw new Refusal("supplies.error.unknownItem", itemCode);
		}
		if (quantity < 1 || quantity > MAX_MOVED) {
			throw new Refusal("supplies.error.badMovedQuantity", itemCode);
		}
		this.movements.append(entryId, requireNotFuture(occurredAt), siteCode, itemCode, -quantity,
				MovementKind.ADMINISTERED, null, null, null, null, by.username());
	}

	/**
	 * Puts back naloxone recorded as given ({@link #administer}) with a reversing line
	 * dated like the original, for an overdose report withdrawn as a mistake. An entry
	 * that gave nothing changes nothing.
	 */
	@Transactional
	public void reverseAdministered(StaffMember by, UUID entryId) {
		Optional<String> site = this.movements.locationOf(entryId, MovementKind.ADMINISTERED);
		if (site.isEmpty()) {
			return;
		}
		if (!by.mayActFor(site.get())) {
			throw new NotAllowed("supplies.error.otherSite");
		}
		this.movements.reverse(entryId, UUID.randomUUID(), by.username());
	}

	/**
	 * Whether a code names a place that holds stock: the hub or a site.
	 */
	public boolean isLocation(String code) {
		return this.settings.hubCode().equals(code) || (code != null && this.sites.find(code).isPresent());
	}

	private void requireLocation(String code) {
		if (!isLocation(code)) {
			throw new Refusal("supplies.error.unknownLocation", String.valueOf(code));
		}
	}

	private Instant requireNotFuture(Instant occurredAt) {
		Instant when = (occurredAt != null) ? occurredAt : this.time.now();
		if (when.isAfter(this.time.now().plusSeconds(300))) {
			throw new Refusal("supplies.error.future");
		}
		return when;
	}

	private static void requireLines(List<TransferLine> lines) {
		if (lines == null || lines.isEmpty()) {
			throw new Refusal("supplies.error.noItems");
		}
		if (lines.stream().map(TransferLine::itemCode).distinct().count() != lines.size()
				&& lines.stream().allMatch((line) -> line.lot() == null)) {
			throw new Refusal("supplies.error.duplicateItem");
		}
		for (TransferLine line : lines) {
			if (line.quantity() < 1 || line.quantity() > MAX_MOVED) {
				throw new Refusal("supplies.error.badMovedQuantity", line.itemCode());
			}
		}
	}

	private static void requireCoordinator(StaffMember by) {
		if (!(by.is(Role.ADMIN) || by.is(Role.COORDINATOR))) {
			throw new NotAllowed("supplies.error.coordinatorsOnly");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
