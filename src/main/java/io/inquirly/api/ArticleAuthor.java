package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Handler of {@code help-center articles create}: the author defaults to the token's owner. */
final class ArticleAuthor implements Handler {
  /**
   * articles_controller.rb#create never sets an author and article.rb validates author_id's presence, so without
   * --author (or author_id in --data) the author is the token's owner, read from GET /api/v1/profile.
   */
  @Override
  public JsonNode run(Call call) {
    boolean given = call.value("author_id") != null
        || call.data() != null && (call.data().hasNonNull("author_id")
            || call.data().path("article").hasNonNull("author_id"));
    if (given) {
      return call.send();
    }
    JsonNode profile = call.send("GET", ProfileApi.PATH, null);
    return call.with("author_id", profile.path("id").asLong()).send();
  }
}
