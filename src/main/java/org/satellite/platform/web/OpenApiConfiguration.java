package org.satellite.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /api/v1/openapi.json} says about the API as a
 * whole.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Satellite API", version = "v1",
		description = "Sites, supplies and distributions of a harm reduction program. Authenticate with a bearer token "
				+ "from POST /api/v1/tokens. Every POST that creates something needs an Idempotency-Key header; "
				+ "errors are application/problem+json (RFC 9457)."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {

}
