package org.satellite.supplies.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.identity.CurrentStaff;
import org.satellite.platform.web.ApiContract;
import org.satellite.supplies.Catalogue;
import org.satellite.supplies.Item;
import org.satellite.supplies.internal.ItemCategory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue over the API, in English and French.
 */
@RestController
class CatalogueApiController {

	private final Catalogue catalogue;

	CatalogueApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Operation(summary = "Everything the program hands out, with the items inside each kit")
	@GetMapping("/api/v1/items")
	List<CatalogueItem> items() {
		return this.catalogue.items()
			.stream()
			.map((item) -> new CatalogueItem(item, item.kit() ? this.catalogue.componentsOf(item.code()) : Map.of()))
			.toList();
	}

	@Operation(summary = "Add an item, or a kit when components are given (admins)")
	@ApiContract(roles = "ADMIN", refuses = HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/items")
	@ResponseStatus(HttpStatus.CREATED)
	CatalogueItem add(@RequestBody NewItemRequest request) {
		Catalogue.NewItem item = new Catalogue.NewItem(request.code(), request.nameEn(), request.nameFr(),
				request.unitEn(), request.unitFr(), request.category(), Boolean.TRUE.equals(request.needle()));
		Item added = (request.components() == null || request.components().isEmpty())
				? this.catalogue.add(CurrentStaff.require(), item)
				: this.catalogue.addKit(CurrentStaff.require(), item, request.components());
		return new CatalogueItem(added, this.catalogue.componentsOf(added.code()));
	}

	record CatalogueItem(Item item, Map<String, Integer> components) {
	}

	record NewItemRequest(String code, String nameEn, String nameFr, String unitEn, String unitFr,
			ItemCategory category, Boolean needle, Map<String, Integer> components) {
	}

}
