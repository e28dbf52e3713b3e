package org.satellite.overdose;

/**
 * Who responded to the overdose.
 */
public enum Responder {

	PEER_WORKER, CLIENT, BYSTANDER

}
