package org.satellite.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * What an API operation promises besides its answer: who may call it and the refusals it
 * can give. {@link ApiDocument} writes both into the OpenAPI document, next to the
 * refusals every operation of its kind can give, so each controller method says only what
 * is its own. {@code ApiContractIntegrationTests} calls every operation as every role and
 * holds the document to what the application answers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiContract {

	/**
	 * The roles that may call the operation (the names of {@code identity.Role}); none
	 * means every account with a token. Any other role gets 403.
	 */
	String[] roles() default {};

	/**
	 * Refusals by the operation itself (404 for what is not there, 409, 422 for a refusal
	 * by the domain, 403 for data of another site). 400 for a request that cannot be
	 * read, 401 without a valid token, 403 for a role not listed, 413 and 415 for a body
	 * are added from the operation's shape.
	 */
	HttpStatus[] refuses() default {};

	/** Whether the operation is called without a token (asking for one). */
	boolean open() default false;

}
