package org.xinfang.petition.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes the GeoReport documents in the format asked for. Mappers of their own, not the application's: the
 * specification fixes every name and keeps empty fields, whatever our API's JSON settings are, and the XML
 * answers carry the declaration the specification asks for.
 */
@Component
class Open311Writer {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final XmlMapper xml = XmlMapper.builder()
            .defaultUseWrapper(false)
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .build();

    ResponseEntity<byte[]> services(Open311Format format, List<GeoReport.Service> services) {
        return write(HttpStatus.OK, format, services, new GeoReport.Services(services));
    }

    ResponseEntity<byte[]> definition(Open311Format format, GeoReport.ServiceDefinition definition) {
        return write(HttpStatus.OK, format, definition, definition);
    }

    ResponseEntity<byte[]> requests(HttpStatus status, Open311Format format, List<?> requests) {
        return write(status, format, requests, new GeoReport.ServiceRequests(requests));
    }

    ResponseEntity<byte[]> errors(HttpStatus status, Open311Format format, List<GeoReport.Failure> errors) {
        return write(status, format, errors, new GeoReport.Errors(errors));
    }

    private ResponseEntity<byte[]> write(HttpStatus status, Open311Format format, Object asJson, Object asXml) {
        try {
            byte[] body = format == Open311Format.JSON ? json.writeValueAsBytes(asJson) : xml.writeValueAsBytes(asXml);
            return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A GeoReport document could not be written", e);
        }
    }
}
