/**
 * CAP 1.2 documents (OASIS Common Alerting Protocol) as JAXB classes; every element is in
 * the CAP namespace.
 */
@XmlSchema(namespace = CapAlert.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
		xmlns = @XmlNs(prefix = "", namespaceURI = CapAlert.NAMESPACE))
package org.satellite.alerts.internal.cap;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
