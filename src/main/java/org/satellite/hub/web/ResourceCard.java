package org.satellite.hub.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satellite.hub.internal.Resource;
import org.satellite.hub.internal.ResourceKind;
import org.satellite.hub.internal.Tag;
import org.satellite.hub.internal.EventTimes;

/**
 * A resource as a reader sees it: its title in the language it was published in, its
 * description in the reader's.
 */
record ResourceCard(long id, ResourceKind kind, String title, String authors, String published, String language,
		String link, String description, List<TagLabel> tags) {

	/**
	 * @param vocabulary the tags by key, for their labels in the reader's language
	 */
	static ResourceCard of(Resource resource, Locale reader, Map<String, Tag> vocabulary) {
		return new ResourceCard(resource.id(), resource.kind(), resource.title(), resource.authors(),
				EventTimes.published(resource.published(), resource.precision(), reader), resource.language(),
				resource.link(), resource.description(reader),
				resource.tags()
					.stream()
					.map((key) -> TagLabel.of(vocabulary.getOrDefault(key, new Tag(key, key, null)), reader))
					.toList());
	}

	public String kindKey() {
		return "hub.kind." + this.kind.name();
	}

	public String languageKey() {
		return "hub.language." + this.language;
	}

}
