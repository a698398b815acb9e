package org.xinfang.petition.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.mime.HttpMultipartMode;

/** Multipart requests with files: a filing with attachments, the complainant's material, staff uploads. */
public final class Uploads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Uploads() {}

    /** A file to upload, by the name the client gives it. */
    public record Upload(String name, byte[] content) {}

    /** Files a complaint (the JSON part {@code complaint}) with the files. */
    public static ValidatableResponse fileWith(
            RequestSpecification request, Map<String, Object> complaint, List<Upload> uploads) {
        return multipart(request, uploads)
                .multiPart(jsonPart("complaint", complaint))
                .post("/complaints")
                .then();
    }

    /** The complainant supplies material with the files, by tracking number and query code. */
    public static ValidatableResponse supply(
            RequestSpecification request, String number, String queryCode, List<Upload> uploads) {
        return multipart(request, uploads)
                .multiPart(jsonPart(
                        "supplement", Map.of("trackingNumber", number, "queryCode", queryCode, "note", "现场照片已上传")))
                .post("/lookup/material")
                .then();
    }

    /** The request as multipart, with each file as a part {@code files}. */
    public static RequestSpecification multipart(RequestSpecification request, List<Upload> uploads) {
        // Browsers send the file name in UTF-8, as the form's charset says.
        RequestSpecification multipart = request.contentType("multipart/form-data; charset=UTF-8")
                .config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.RFC6532)));
        for (Upload upload : uploads) {
            multipart = multipart.multiPart(new MultiPartSpecBuilder(upload.content())
                    .controlName("files")
                    .fileName(upload.name())
                    .mimeType("application/octet-stream")
                    .build());
        }
        return multipart;
    }

    public static MultiPartSpecification jsonPart(String name, Object body) {
        try {
            return new MultiPartSpecBuilder(JSON.writeValueAsString(body))
                    .controlName(name)
                    .mimeType("application/json")
                    .charset("UTF-8")
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
