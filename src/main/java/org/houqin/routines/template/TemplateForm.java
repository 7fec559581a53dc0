package org.houqin.routines.template;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;
import org.houqin.routines.checklist.ChecklistTemplate;

/**
 * A template's next version as edited: its name, category, source and items in order. The rows are edited in place;
 * {@link #apply} adds, removes and moves them for the editor's buttons before anything is saved.
 */
public class TemplateForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = 30, message = "{validation.tooLong}")
    private String category;

    @Size(max = 500, message = "{validation.tooLong}")
    private String source;

    @Valid
    private List<ItemRow> items = new ArrayList<>();

    private int version;

    static TemplateForm of(ChecklistTemplate template, int version) {
        TemplateForm form = new TemplateForm();
        form.name = template.name();
        form.category = template.category();
        form.source = template.source();
        form.items = new ArrayList<>(template.items().stream().map(ItemRow::of).toList());
        form.version = version;
        return form;
    }

    /**
     * Carries out an editor button: {@code add}, {@code remove:3}, {@code up:3} or {@code down:3} (rows counted from
     * 0); anything else changes nothing.
     */
    void apply(String edit) {
        if ("add".equals(edit)) {
            ItemRow row = new ItemRow();
            row.setCode(freeCode());
            items.add(row);
            return;
        }
        String[] parts = edit == null ? new String[0] : edit.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) >= items.size()) {
            return;
        }
        int i = Integer.parseInt(parts[1]);
        switch (parts[0]) {
            case "remove" -> items.remove(i);
            case "up" -> swap(i, i - 1);
            case "down" -> swap(i, i + 1);
            default -> { }
        }
    }

    private void swap(int i, int j) {
        if (j >= 0 && j < items.size()) {
            items.set(i, items.set(j, items.get(i)));
        }
    }

    private String freeCode() {
        int n = items.size() + 1;
        while (codeUsed("item-" + n)) {
            n++;
        }
        return "item-" + n;
    }

    private boolean codeUsed(String code) {
        return items.stream().anyMatch(r -> code.equals(r.getCode()));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category == null ? null : category.strip(); }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null || source.isBlank() ? null : source.strip(); }
    public List<ItemRow> getItems() { return items; }
    public void setItems(List<ItemRow> items) { this.items = items == null ? new ArrayList<>() : items; }
    @Override
    public int getVersion() { return version; }
    @Override
    public void setVersion(int version) { this.version = version; }
}
