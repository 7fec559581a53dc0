package org.houqin.platform.db;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps rows to records by column name ({@code category_name} → {@code categoryName}), finding each column once per
 * result. Use it instead of {@code JdbcClient.query(Record.class)}: Spring's mappers look each camel-case name up in
 * the driver first and PostgreSQL's driver answers every miss with an exception, hundreds per list page.
 */
public final class Rows {

    private static final Map<Class<?>, Shape<?>> SHAPES = new ConcurrentHashMap<>();
    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private Rows() {
    }

    /** A mapper for one query: it remembers the columns of the result it reads. */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return new Mapper<>((Shape<T>) SHAPES.computeIfAbsent(type, Shape::new));
    }

    /** A record's constructor with its parameters' names and types. */
    private static final class Shape<T> {

        final Constructor<T> constructor;
        final String[] keys;
        final Class<?>[] classes;
        final TypeDescriptor[] types;

        Shape(Class<T> type) {
            constructor = BeanUtils.getResolvableConstructor(type);
            String[] names = BeanUtils.getParameterNames(constructor);
            keys = new String[names.length];
            classes = constructor.getParameterTypes();
            types = new TypeDescriptor[names.length];
            for (int i = 0; i < names.length; i++) {
                keys[i] = names[i].toLowerCase(Locale.ROOT);
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        }
    }

    private static final class Mapper<T> implements RowMapper<T> {

        private final Shape<T> shape;
        private ResultSet resultSet;
        private int[] columns;

        Mapper(Shape<T> shape) {
            this.shape = shape;
        }

        @Override
        public T mapRow(ResultSet rs, int rowNum) throws SQLException {
            if (rs != resultSet) {
                columns = columns(rs.getMetaData());
                resultSet = rs;
            }
            Object[] args = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                args[i] = value(rs, columns[i], shape.classes[i], shape.types[i]);
            }
            return BeanUtils.instantiateClass(shape.constructor, args);
        }

        private int[] columns(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> byKey = new java.util.HashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                byKey.put(JdbcUtils.lookupColumnName(meta, column).replace("_", "").toLowerCase(Locale.ROOT), column);
            }
            int[] found = new int[shape.keys.length];
            for (int i = 0; i < found.length; i++) {
                Integer column = byKey.get(shape.keys[i]);
                if (column == null) {
                    throw new IllegalStateException("No column for " + shape.constructor.getDeclaringClass().getName()
                            + "." + shape.keys[i]);
                }
                found[i] = column;
            }
            return found;
        }

        private static Object value(ResultSet rs, int column, Class<?> type, TypeDescriptor target) throws SQLException {
            Object value;
            if (type == Instant.class) {
                Timestamp timestamp = rs.getTimestamp(column);
                return timestamp == null ? null : timestamp.toInstant();
            } else if (type.isEnum()) {
                value = rs.getString(column);
            } else {
                value = JdbcUtils.getResultSetValue(rs, column, type);
            }
            if (value == null || type.isInstance(value) || (type.isPrimitive() && !type.isArray()
                    && org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type).isInstance(value))) {
                return value;
            }
            return CONVERSIONS.convert(value, TypeDescriptor.forObject(value), target);
        }
    }
}
