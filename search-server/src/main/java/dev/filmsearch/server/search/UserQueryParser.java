package dev.filmsearch.server.search;

/** Placeholder: the user query parser (filled in next). */
final class UserQueryParser {
}
