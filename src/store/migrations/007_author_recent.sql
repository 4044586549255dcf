-- Repeated posts: the comment service reads an author's comments of the last day before storing a new one.
create index if not exists comments_author_recent on comments (author_urn, commented_at) where author_urn is not null;
