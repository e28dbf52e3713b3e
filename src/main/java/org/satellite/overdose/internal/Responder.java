package org.satellite.overdose.internal;

/**
 * Who responded to the overdose.
 */
public enum Responder {

	PEER_WORKER, CLIENT, BYSTANDER

}
