package org.satellite.network.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.satellite.identity.CurrentStaff;
import org.satellite.identity.Role;
import org.satellite.network.PeerWorker;
import org.satellite.network.PeerWorkers;
import org.satellite.network.Site;
import org.satellite.network.Sites;
import org.satellite.network.Zone;
import org.satellite.platform.NotAllowed;
import org.satellite.platform.NotFound;
import org.satellite.platform.web.ApiContract;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Zones, sites and peer workers over the API. Phone numbers are never part of it.
 */
@RestController
class NetworkApiController {

	private final Sites sites;

	private final PeerWorkers peerWorkers;

	NetworkApiController(Sites sites, PeerWorkers peerWorkers) {
		this.sites = sites;
		this.peerWorkers = peerWorkers;
	}

	@Operation(summary = "The program's zones")
	@GetMapping("/api/v1/zones")
	List<Zone> zones() {
		return this.sites.zones();
	}

	@Operation(summary = "The program's sites")
	@GetMapping("/api/v1/sites")
	List<Site> sites() {
		return this.sites.all();
	}

	@Operation(summary = "One site")
	@ApiContract(refuses = HttpStatus.NOT_FOUND)
	@GetMapping("/api/v1/sites/{code}")
	Site site(@PathVariable String code) {
		return this.sites.find(code).orElseThrow(() -> new NotFound("network.error.unknownSite", code));
	}

	@Operation(summary = "Peer workers: handle, site, active, whether they have a program phone (coordinators)")
	@ApiContract(roles = { "COORDINATOR", "ADMIN" })
	@GetMapping("/api/v1/peer-workers")
	List<PeerWorker> peerWorkers() {
		var staff = CurrentStaff.require();
		if (!(staff.is(Role.ADMIN) || staff.is(Role.COORDINATOR))) {
			throw new NotAllowed("supplies.error.coordinatorsOnly");
		}
		return this.peerWorkers.all();
	}

}
