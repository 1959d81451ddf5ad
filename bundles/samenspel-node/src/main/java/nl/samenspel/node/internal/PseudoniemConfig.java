package nl.samenspel.node.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel pseudoniemen",
        description = "The regional key with which this node turns a BSN into the client pseudonym (HMAC-SHA256)")
@interface PseudoniemConfig {

    @AttributeDefinition(name = "Sleutelbestand",
            description = "File holding the region's key as Base64 text, at least 32 bytes; readable only by the Karaf user")
    String sleutelbestand();
}
