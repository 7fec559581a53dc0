package org.houqin.routines.record;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.places.PlacesApi;
import org.houqin.platform.files.Attachments;
import org.houqin.routines.records.TemplateVersionQueries;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The page that fills a checklist, for a round or a correction: its items by kind, with each item's message. */
final class RecordFormPage {

    static final String VIEW = "routines/record-form";

    /**
     * What the form's header says: the template's name, the place (none: the school), the window's text (none for a
     * correction), where the form posts and where Cancel leads; and, in a correction, the record it corrects.
     */
    record Header(String templateName, PlacesApi.RoomRef room, String window, String action, String back,
                  Long correctsRecordId) {
    }

    private RecordFormPage() {
    }

    static String show(Model model, Header header, TemplateVersionQueries.Version version, RecordForm form,
                       Map<String, String> itemErrors) {
        model.addAttribute("header", header);
        model.addAttribute("items", version.template().items());
        model.addAttribute("form", form);
        model.addAttribute("itemErrors", itemErrors);
        model.addAttribute("maxPhotoMb", Attachments.MAX_PHOTO_BYTES / 1024 / 1024);
        return VIEW;
    }

    /** The photos sent with the form, by field name ({@code photos[code]}). */
    static Map<String, List<MultipartFile>> photos(HttpServletRequest request) {
        return request instanceof MultipartHttpServletRequest multipart ? multipart.getMultiFileMap() : Map.of();
    }
}
