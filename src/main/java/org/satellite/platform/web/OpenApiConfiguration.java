package org.satellite.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /api/v1/openapi.json} says about the API as a
 * whole; {@link ApiDocument} adds what each operation answers. The server is "/", the
 * address the document was read from, so that the document is the same on every
 * deployment (and equal to the committed {@code docs/api/openapi.json}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(servers = @Server(url = "/", description = "This Satellite"), info = @Info(title = "Satellite API",
		version = "v1",
		description = "Sites, supplies, distributions, overdose responses and drug checking of a harm reduction "
				+ "program. Authenticate with a bearer token from POST /api/v1/tokens. Every POST that creates "
				+ "something needs an Idempotency-Key header. x-roles on an operation lists the roles that may call "
				+ "it (none: any account). Every refusal is application/problem+json (RFC 9457, the ProblemDetail "
				+ "schema) with a detail in the language of Accept-Language (en, fr), and changes nothing."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {

}
