package org.satellite.supplies.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.satellite.identity.Role;
import org.satellite.identity.StaffMember;
import org.satellite.identity.internal.StaffPrincipal;
import org.satellite.platform.Refusal;
import org.satellite.platform.ProgramTime;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.internal.ItemCategory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's API controller alone (an MVC slice, with the catalogue mocked): what it
 * shows a client and how it passes on the catalogue's refusals. The real catalogue over
 * real HTTP is in {@code DistributionApiIntegrationTests}.
 */
@WebMvcTest(controllers = CatalogueApiController.class,
		properties = "spring.datasource.url=jdbc:postgresql://localhost/not-used-by-a-slice")
class CatalogueApiControllerTests {

	static final Item KIT = new Item("KIT-INH", "Inhalation kit", "Trousse d’inhalation", "kit", "trousse",
			ItemCategory.values()[0], true, 0, false, true, 1);

	static final StaffPrincipal ADMIN = new StaffPrincipal(new StaffMember("admin", Role.ADMIN, Optional.empty()), "",
			true, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalogue catalogue;

	/** What every page's model holds (platform.web.ProgramClockOnPages), unread here. */
	@MockitoBean
	ProgramTime time;

	@Test
	void listsItemsInBothLanguagesWithWhatEachKitHolds() throws Exception {
		given(this.catalogue.items()).willReturn(List.of(KIT));
		given(this.catalogue.componentsOf("KIT-INH")).willReturn(Map.of("STEM", 1, "MOUTH", 2));

		this.mvc.perform(get("/api/v1/items").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].item.code").value("KIT-INH"))
			.andExpect(jsonPath("$[0].item.nameFr").value("Trousse d’inhalation"))
			.andExpect(jsonPath("$[0].components.MOUTH").value(2));
	}

	@Test
	void passesOnTheCataloguesRefusalAsAProblemInTheClientsLanguage() throws Exception {
		given(this.catalogue.add(any(), any())).willThrow(new Refusal("supplies.error.itemExists", "NDL-1"));

		this.mvc
			.perform(post("/api/v1/items").with(user(ADMIN))
				.with(csrf())
				.header("Accept-Language", "fr")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"NDL-1","nameEn":"Needle","nameFr":"Seringue","unitEn":"needle","unitFr":"seringue",
						 "category":"%s"}""".formatted(ItemCategory.values()[0].name())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Un article avec le code NDL-1 existe déjà."));
	}

}
