package org.satellite.alerts.internal.cap;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A CAP 1.2 {@code <alert>}: the message, with one {@code <info>} per language. Field
 * order is the schema's.
 */
@XmlRootElement(name = "alert")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "identifier", "sender", "sent", "status", "msgType", "scope", "note", "references", "info" })
public class CapAlert {

	public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

	public String identifier;

	public String sender;

	public String sent;

	public String status = "Actual";

	public String msgType;

	public String scope = "Public";

	public String note;

	public String references;

	public List<Info> info = new ArrayList<>();

	/** One language of the alert. */
	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "info", propOrder = { "language", "category", "event", "urgency", "severity", "certainty",
			"effective", "expires", "senderName", "headline", "description", "instruction", "web", "area" })
	public static class Info {

		public String language;

		public String category = "Health";

		public String event;

		public String urgency;

		public String severity;

		public String certainty;

		public String effective;

		public String expires;

		public String senderName;

		public String headline;

		public String description;

		public String instruction;

		public String web;

		public List<Area> area = new ArrayList<>();

	}

	/** A zone the alert is about. */
	@XmlAccessorType(XmlAccessType.FIELD)
	@XmlType(name = "area")
	public static class Area {

		@XmlElement(required = true)
		public String areaDesc;

		public Area() {
		}

		public Area(String areaDesc) {
			this.areaDesc = areaDesc;
		}

	}

}
