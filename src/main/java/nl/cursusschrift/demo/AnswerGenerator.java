package nl.cursusschrift.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Random;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.DateField;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.Group;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.assignment.JourneyField;
import nl.cursusschrift.assignment.Leaf;
import nl.cursusschrift.assignment.LogField;
import nl.cursusschrift.assignment.MomentField;
import nl.cursusschrift.assignment.NumberField;
import nl.cursusschrift.assignment.ScoreField;
import nl.cursusschrift.assignment.TextField;
import nl.cursusschrift.assignment.TimeField;

/**
 * A complete, valid answer to any declared assignment: every required field filled, item counts
 * within the rules, numbers in range, log rows inside their time window, at most the allowed
 * number of each limited choice. Stored typed, as a submission would be.
 */
final class AnswerGenerator {
    private AnswerGenerator() {
    }

    static ObjectNode answer(Assignment assignment, Random random, LocalDateTime submittedAt) {
        ObjectNode doc = Json.object();
        for (Field field : assignment.fields()) {
            if (field instanceof Leaf leaf) {
                if (leaf.required() || random.nextBoolean()) put(doc, leaf, random, submittedAt);
            } else if (field instanceof Group group) {
                ArrayNode items = doc.putArray(group.id());
                int count = group.count() != null ? group.count() : group.min() + random.nextInt(Math.min(4, group.max() - group.min()) + 1);
                if (count == 0 && group.required()) count = 1;
                java.util.Map<String, Integer> used = new java.util.HashMap<>();
                for (int i = 0; i < count; i++) {
                    ObjectNode item = items.addObject();
                    for (Leaf sub : group.fields()) {
                        if (sub instanceof MomentField) {
                            long window = group instanceof LogField log && log.within() != null ? log.within().toMinutes() : 7 * 24 * 60;
                            item.put(sub.id(), submittedAt.minusMinutes(5 + random.nextInt((int) Math.max(1, window - 10))).withSecond(0).withNano(0).toString());
                        } else if (sub instanceof ChoiceField choice && !choice.maxCount().isEmpty()) {
                            String value = limitedChoice(choice, random, used);
                            item.put(sub.id(), value);
                        } else if (sub.required() || random.nextInt(3) > 0) {
                            put(item, sub, random, submittedAt);
                        }
                    }
                    if (group instanceof JourneyField && !item.has(JourneyField.TOUCHPOINT)) item.put(JourneyField.TOUCHPOINT, DemoText.phrase(random, 80));
                }
            }
        }
        return doc;
    }

    private static String limitedChoice(ChoiceField choice, Random random, java.util.Map<String, Integer> used) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String value = choice.options().get(random.nextInt(choice.options().size())).value();
            Integer limit = choice.maxCount().get(value);
            if (limit == null || used.getOrDefault(value, 0) < limit) {
                used.merge(value, 1, Integer::sum);
                return value;
            }
        }
        return choice.options().stream().map(ChoiceField.Option::value).filter(v -> !choice.maxCount().containsKey(v)).findFirst()
                .orElse(choice.options().get(0).value());
    }

    private static void put(ObjectNode target, Leaf leaf, Random random, LocalDateTime now) {
        String id = leaf.id();
        if (leaf instanceof TextField text) {
            String value = text.multiline() ? DemoText.paragraph(random, text.maxChars()) : DemoText.phrase(random, text.maxChars());
            if (text.minWords() != null) {
                StringBuilder longer = new StringBuilder(value);
                while (longer.toString().split("\\s+").length < text.minWords()) longer.append(' ').append(DemoText.pick(random, DemoText.SENTENCES));
                value = longer.toString();
            }
            target.put(id, value);
        } else if (leaf instanceof ChoiceField choice) {
            if (choice.multiple()) {
                ArrayNode values = target.putArray(id);
                choice.options().stream().filter(o -> random.nextBoolean()).forEach(o -> values.add(o.value()));
                if (values.isEmpty()) values.add(choice.options().get(0).value());
            } else {
                target.put(id, choice.options().get(random.nextInt(choice.options().size())).value());
            }
        } else if (leaf instanceof ScoreField score) {
            // Customers lean positive, as real NPS answers do.
            int value = score.min() + (int) Math.round((score.max() - score.min()) * Math.pow(random.nextDouble(), 0.6));
            target.put(id, value);
        } else if (leaf instanceof NumberField number) {
            double min = number.min() == null ? 0 : number.min().doubleValue();
            double max = number.max() == null ? Math.max(min + 100, 500) : number.max().doubleValue();
            long value = Math.round(min + random.nextDouble() * (max - min));
            target.put(id, value);
        } else if (leaf instanceof DateField) {
            target.put(id, now.toLocalDate().plusDays(random.nextInt(60)).toString());
        } else if (leaf instanceof TimeField) {
            target.put(id, String.format("%02d:%02d", 8 + random.nextInt(10), random.nextInt(4) * 15));
        }
    }
}
