package nl.cursusschrift.assignment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import nl.cursusschrift.yaml.YamlMap;

/**
 * One field of a weekly assignment, as declared in the lesson's front matter. The family is
 * sealed: every type is a record that parses itself, reads and checks its values, and has one
 * template partial ({@code component/field/<type>.jte}). Adding a type: its record here in
 * {@code permits} and {@link #TYPES}, its partial, its test.
 */
public sealed interface Field permits Leaf, Group {

    /** The types an author may use, by the name used in {@code type:}. */
    Map<String, BiFunction<FieldCommon, YamlMap, Field>> TYPES = types();

    private static Map<String, BiFunction<FieldCommon, YamlMap, Field>> types() {
        Map<String, BiFunction<FieldCommon, YamlMap, Field>> types = new LinkedHashMap<>();
        types.put(TextField.TYPE, TextField::parse);
        types.put(ChoiceField.TYPE, ChoiceField::parse);
        types.put(NumberField.TYPE, NumberField::parse);
        types.put(ScoreField.TYPE, ScoreField::parse);
        types.put(DateField.TYPE, DateField::parse);
        types.put(TimeField.TYPE, TimeField::parse);
        types.put(ListField.TYPE, ListField::parse);
        types.put(LogField.TYPE, LogField::parse);
        types.put(JourneyField.TYPE, JourneyField::parse);
        return java.util.Collections.unmodifiableMap(types);
    }

    FieldCommon common();

    /** The type name, also the name of its template partial. */
    String type();

    default String id() {
        return common().id();
    }

    default String label() {
        return common().label();
    }

    default String hint() {
        return common().hint();
    }

    default boolean required() {
        return common().required();
    }
}
