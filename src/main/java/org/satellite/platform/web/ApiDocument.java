package org.satellite.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the OpenAPI document say what the API answers, in one place: every refusal as
 * {@code application/problem+json} with one {@code ProblemDetail} schema (what
 * {@link ApiProblems}, the size limits and the security responses write), the statuses
 * each operation can give ({@link ApiContract} and the operation's shape), the roles that
 * may call it ({@code x-roles}), and the {@code Idempotency-Key} header with what it
 * does.
 */
@Component
class ApiDocument implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final String RESPONSES = "#/components/responses/";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ApiContract contract = handler.getMethodAnnotation(ApiContract.class);
		String group = group(handler);
		operation.setTags(List.of(group));
		operation.setOperationId(group + Character.toUpperCase(handler.getMethod().getName().charAt(0))
				+ handler.getMethod().getName().substring(1));
		boolean open = contract != null && contract.open();
		boolean body = operation.getRequestBody() != null;
		SortedSet<Integer> statuses = new TreeSet<>();
		if (contract != null) {
			Arrays.stream(contract.refuses()).forEach((status) -> statuses.add(status.value()));
		}
		// NulFreeInput refuses a NUL in any query parameter of any route, so every
		// operation can answer 400.
		statuses.add(400);
		if (open) {
			operation.setSecurity(List.of());
		}
		else {
			statuses.add(401);
		}
		if (contract != null && contract.roles().length > 0) {
			statuses.add(403);
			operation.addExtension("x-roles", List.of(contract.roles()));
			operation.setDescription(join(operation.getDescription(),
					"Roles: " + String.join(", ", contract.roles()) + "; any other gets 403."));
		}
		if (body) {
			statuses.add(413);
			statuses.add(415);
		}
		ApiResponses responses = operation.getResponses();
		responses.keySet().removeIf((code) -> !code.startsWith("2"));
		boolean keyed = describeIdempotencyKey(operation);
		if (keyed) {
			responses.values()
				.forEach((success) -> success.addHeaderObject("Idempotent-Replayed", new Header()
					.description("true when the same Idempotency-Key was sent before: the answer is the first one's "
							+ "and nothing new was recorded")
					.schema(new StringSchema()._enum(List.of("true", "false")))));
		}
		statuses.forEach((status) -> responses.addApiResponse(String.valueOf(status),
				new ApiResponse().$ref(RESPONSES + name(status))));
		return operation;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Components components = openApi.getComponents();
		if (components == null) {
			components = new Components();
			openApi.setComponents(components);
		}
		// Jackson writes a field left empty as null: say so, or a strict client refuses
		// the answer.
		components.getSchemas().values().forEach(ApiDocument::nullableUnlessRequired);
		components.addSchemas("ProblemDetail", problemDetail());
		SortedSet<Integer> statuses = new TreeSet<>();
		openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> operation.getResponses()
					.keySet()
					.stream()
					.filter((code) -> !code.startsWith("2"))
					.forEach((code) -> statuses.add(Integer.valueOf(code)))));
		Map<String, ApiResponse> responses = new TreeMap<>();
		for (int status : statuses) {
			responses.put(name(status),
					new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase() + ": " + meaning(status))
						.content(new Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
		}
		responses.forEach(components::addResponses);
	}

	private static boolean describeIdempotencyKey(Operation operation) {
		if (operation.getParameters() == null) {
			return false;
		}
		boolean keyed = false;
		for (Parameter parameter : operation.getParameters()) {
			if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()) && "header".equals(parameter.getIn())) {
				parameter.required(true)
					.description("Made by the client once per submission (a UUID, say) and sent again with every "
							+ "retry of it: the same key again answers with the first result and records nothing new. "
							+ "A key belongs to the account that used it first; the same key with another body, or "
							+ "from another account, is refused with 422.")
					.schema(new StringSchema().minLength(1).maxLength(200));
				keyed = true;
			}
		}
		return keyed;
	}

	private static void nullableUnlessRequired(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		schema.getProperties().forEach((name, property) -> {
			// A reference beside nullable means nothing in OpenAPI 3.0: a record whose
			// reference may be missing leaves it out of its JSON instead (NameInUse).
			if (!required.contains(name) && property.get$ref() == null) {
				property.setNullable(true);
			}
		});
	}

	private static Schema<?> problemDetail() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("The field that was refused"));
		fieldError.addProperty("message", new StringSchema().description("Why, in the client's language"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("A refusal (RFC 9457). Nothing was changed when one is answered.");
		problem.addProperty("type",
				new StringSchema().description("A URI reference; about:blank when the status " + "says it all"));
		problem.addProperty("title", new StringSchema().description("The status in words"));
		problem.addProperty("status", new IntegerSchema().format("int32").description("The HTTP status"));
		problem.addProperty("detail", new StringSchema()
			.description("What happened and what to do, in the client's language " + "(Accept-Language: en or fr)"));
		problem.addProperty("instance", new StringSchema().description("The path that was asked for"));
		problem.addProperty("code", new StringSchema().description(
				"A stable code for the refusal, to act on " + "in a program, for example supplies.error.noItems"));
		problem.addProperty("errors", new ArraySchema().items(fieldError)
			.description("For a body that was read but refused: each field and why"));
		problem.setRequired(List.of("status", "detail"));
		return problem;
	}

	/**
	 * The controller's name without its kind ({@code distributions} for
	 * {@code DistributionsApiController}): the tag that groups its operations, and the
	 * start of their operation ids, so that two controllers' methods of one name never
	 * get a numbered id that changes with the order they are found in.
	 */
	private static String group(HandlerMethod handler) {
		String name = handler.getBeanType().getSimpleName().replaceAll("(Api)?Controller$", "");
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static String meaning(int status) {
		return switch (status) {
			case 400 -> "the request could not be read (a malformed body, a missing Idempotency-Key, a value of the "
					+ "wrong type, a NUL character)";
			case 401 -> "no token, an expired or revoked one, or wrong credentials";
			case 403 -> "the account's role, or its site, may not do this";
			case 404 -> "what was asked for is not there";
			case 409 -> "it conflicts with what is already there";
			case 413 -> "the body is larger than any Satellite accepts";
			case 415 -> "the body is not of a type this operation reads";
			case 422 -> "read, but refused; the detail says why and nothing was changed";
			case 429 -> "too many requests; try again later";
			default -> "refused";
		};
	}

	private static String name(int status) {
		StringBuilder name = new StringBuilder();
		for (String word : HttpStatus.valueOf(status).name().split("_")) {
			name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return name.toString();
	}

	private static String join(String description, String more) {
		return (description == null || description.isBlank()) ? more : description + " " + more;
	}

}
