package org.satellite.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/app")
	String staffHome() {
		return "identity/staff-home";
	}

}
