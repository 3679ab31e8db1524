package io.inquirly.sandbox;

/**
 * The server's own asynchronous contact import (NOTES §6, {@code contacts_controller.rb#import}): multipart
 * {@code import_file}; a missing file is 422 {@code {"error":"File is blank"}}; success is 200 with an empty body
 * and the import runs later (DataImportJob), its result e-mailed. The sandbox runs it a moment later
 * ({@link ContactImportJob}).
 */
final class ContactImportRoutes {
  private ContactImportRoutes() {}

  static void register(Router r) {
    r.app("POST", "/api/v1/accounts/{account_id}/contacts/import", ContactImportRoutes::create);
  }

  static Response create(Call call) {
    call.requireAdministrator();
    for (MultipartForm.FilePart f : call.request().files()) {
      if (f.name().equals("import_file") && f.data().length > 0) {
        ContactImportJob.schedule(call.store(), call.account(), f.data());
        return Response.empty(200);
      }
    }
    throw ApiError.unprocessable("File is blank");
  }
}
