package org.satellite.hub.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.satellite.identity.StaffMember;
import org.satellite.platform.Audited;
import org.satellite.platform.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of resources curated for each event, in the editor's order. A resource can be
 * on several lists.
 */
@Service
public class Curation {

	private final JdbcClient jdbc;

	private final Events events;

	private final Resources resources;

	private final ApplicationEventPublisher publisher;

	Curation(JdbcClient jdbc, Events events, Resources resources, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.events = events;
		this.resources = resources;
		this.publisher = publisher;
	}

	/** The resources of an event, in the editor's order. */
	public List<Resource> of(int eventNumber) {
		return this.jdbc
			.sql("SELECT " + Resources.COLUMNS
					+ " FROM hub_event_resources c JOIN hub_resources r ON r.id = c.resource_id"
					+ " WHERE c.event_number = :number ORDER BY c.position, r.id")
			.param("number", eventNumber)
			.query(Resources::resource)
			.list();
	}

	/**
	 * Puts a resource at the end of an event's list; a resource already on it stays where
	 * it is.
	 */
	@Transactional
	public void attach(StaffMember by, int eventNumber, long resourceId) {
		Editors.require(by);
		this.events.require(eventNumber);
		this.resources.require(resourceId);
		this.jdbc
			.sql("""
					INSERT INTO hub_event_resources (event_number, resource_id, position)
					SELECT :number, :id, coalesce(max(position), 0) + 1 FROM hub_event_resources WHERE event_number = :number
					ON CONFLICT DO NOTHING""")
			.param("number", eventNumber)
			.param("id", resourceId)
			.update();
		this.publisher
			.publishEvent(new Audited("hub.resource-attached", "event " + eventNumber, "resource " + resourceId));
	}

	@Transactional
	public void detach(StaffMember by, int eventNumber, long resourceId) {
		Editors.require(by);
		this.jdbc.sql("DELETE FROM hub_event_resources WHERE event_number = :number AND resource_id = :id")
			.param("number", eventNumber)
			.param("id", resourceId)
			.update();
		this.publisher
			.publishEvent(new Audited("hub.resource-detached", "event " + eventNumber, "resource " + resourceId));
	}

	/**
	 * Moves a resource one place up ({@code -1}) or down ({@code +1}) in an event's list.
	 */
	@Transactional
	public void move(StaffMember by, int eventNumber, long resourceId, int step) {
		Editors.require(by);
		if (step != -1 && step != 1) {
			throw new Refusal("hub.error.badMove");
		}
		List<Long> order = new ArrayList<>(this.jdbc.sql(
				"SELECT resource_id FROM hub_event_resources WHERE event_number = :number ORDER BY position, resource_id FOR UPDATE")
			.param("number", eventNumber)
			.query(Long.class)
			.list());
		int at = order.indexOf(resourceId);
		if (at < 0) {
			throw new Refusal("hub.error.notOnList");
		}
		int to = at + step;
		if (to < 0 || to >= order.size()) {
			return;
		}
		Collections.swap(order, at, to);
		for (int i = 0; i < order.size(); i++) {
			this.jdbc.sql(
					"UPDATE hub_event_resources SET position = :position WHERE event_number = :number AND resource_id = :id")
				.param("position", i + 1)
				.param("number", eventNumber)
				.param("id", order.get(i))
				.update();
		}
	}

}
