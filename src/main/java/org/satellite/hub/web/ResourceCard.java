package org.satellite.hub.web;

import java.util.List;
import java.util.Locale;

import org.satellite.hub.Resource;
import org.satellite.hub.ResourceKind;
import org.satellite.hub.internal.EventTimes;

/**
 * A resource as a reader sees it: its title in the language it was published in, its description in the reader's.
 */
record ResourceCard(long id, ResourceKind kind, String title, String authors, String published, String language,
		String link, String description, List<String> tags) {

	static ResourceCard of(Resource resource, Locale reader) {
		return new ResourceCard(resource.id(), resource.kind(), resource.title(), resource.authors(),
				EventTimes.published(resource.published(), resource.precision(), reader), resource.language(),
				resource.link(), resource.description(reader), resource.tags());
	}

	public String kindKey() {
		return "hub.kind." + this.kind.name();
	}

	public String languageKey() {
		return "hub.language." + this.language;
	}

}
