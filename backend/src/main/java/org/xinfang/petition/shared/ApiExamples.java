package org.xinfang.petition.shared;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * An example of every request body and every successful JSON answer in the OpenAPI document, built from the
 * record's fields: a field's own {@code example} if it has one, else a realistic value for its name, as a bureau's
 * integrator would send it (a complainant 张伟 of Yinchuan, a tracking number, a reason in Chinese), else one for its
 * type and constraints (the first of an enum, the minimum of a number, a date).
 */
class ApiExamples implements OpenApiCustomizer {

    private static final int DEPTH = 6;

    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("trackingNumber", "XF20261122-640104-K7M3QD"),
            Map.entry("queryCode", "K7M3QD2A"),
            Map.entry("name", "张伟"),
            Map.entry("askerName", "李娜"),
            Map.entry("displayName", "王芳"),
            Map.entry("idNumber", "11010519491231002X"),
            Map.entry("phone", "13812345678"),
            Map.entry("email", "zhang.wei@example.com"),
            Map.entry("address", "宁夏银川市兴庆区解放街1号"),
            Map.entry("region", "640104"),
            Map.entry("unit", "psb-640104"),
            Map.entry("bureau", "psb-640104"),
            Map.entry("department", "psb-640104"),
            Map.entry("officer", "王警官"),
            Map.entry("username", "handler.xingqing"),
            Map.entry("substitute", "handler2.xingqing"),
            Map.entry("subject", "民警执法态度问题"),
            Map.entry("content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。"),
            Map.entry("question", "办理户口迁移需要哪些材料？"),
            Map.entry("publicQuestion", "办理户口迁移需要哪些材料？"),
            Map.entry("answer", "请携带居民户口簿、身份证及迁入地准迁证明到户籍窗口办理。"),
            Map.entry("publicAnswer", "请携带居民户口簿、身份证及迁入地准迁证明到户籍窗口办理。"),
            Map.entry("text", "经调查核实，已对相关民警进行批评教育。"),
            Map.entry("publicReply", "经调查核实，已对相关民警进行批评教育。"),
            Map.entry("publicSummary", "反映民警执法态度问题"),
            Map.entry("comment", "情况属实，予以受理。"),
            Map.entry("note", "已电话联系投诉人。"),
            Map.entry("reason", "不属于本单位管辖范围"),
            Map.entry("instructions", "请于5个工作日内报送整改情况。"),
            Map.entry("conclusion", "投诉属实，已整改。"),
            Map.entry("description", "窗口服务"),
            Map.entry("month", "2026-11"),
            Map.entry("password", "Xinfang#2026"),
            Map.entry("code", "640104"));

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas() == null
                ? Map.of()
                : api.getComponents().getSchemas();
        api.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        exemplify(operation.getRequestBody().getContent(), components);
                    }
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            exemplify(response.getContent(), components);
                        }
                    });
                }));
    }

    private static void exemplify(Content content, Map<String, Schema> components) {
        if (content == null) {
            return;
        }
        content.values().forEach(media -> {
            if (media.getExample() == null && media.getExamples() == null && media.getSchema() != null) {
                media.setExample(example(null, media.getSchema(), components, new HashSet<>(), 0));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object example(
            String name, Schema<?> schema, Map<String, Schema> components, Set<String> seen, int depth) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = components.get(ref);
            if (target == null || depth > DEPTH || !seen.add(ref)) {
                return null;
            }
            Object example = example(name, target, components, seen, depth + 1);
            seen.remove(ref);
            return example;
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(name, schema.getAllOf().get(0), components, seen, depth + 1);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String type = schema.getType() != null
                ? schema.getType()
                : schema.getTypes() == null
                        ? null
                        : schema.getTypes().iterator().next();
        Object byName = byName(name);
        if (byName != null && "string".equals(type) && fits(schema, byName)) {
            return byName;
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                if (depth < DEPTH) {
                    Object value = example(property, propertySchema, components, seen, depth + 1);
                    if (value != null) {
                        object.put(property, value);
                    }
                }
            });
            return object;
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "array" -> {
                Object item = schema.getItems() == null
                        ? null
                        : example(name, schema.getItems(), components, seen, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer", "number" -> schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ONE;
            case "boolean" -> false;
            case "string" -> stringFor(schema);
            default -> null;
        };
    }

    /** The value for a field's name; another case's number ({@code originalTrackingNumber}) as a tracking number. */
    private static Object byName(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("TrackingNumber") ? BY_NAME.get("trackingNumber") : BY_NAME.get(name);
    }

    private static boolean fits(Schema<?> schema, Object value) {
        return !(value instanceof String text)
                || schema.getMaxLength() == null
                || text.length() <= schema.getMaxLength();
    }

    private static Object stringFor(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date" -> "2026-11-22";
            case "date-time" -> "2026-11-22T09:30:00+08:00";
            case "email" -> "zhang.wei@example.com";
            case "binary" -> null;
            case "int64", "int32" -> "1";
            default -> "示例";
        };
    }
}
