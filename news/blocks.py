from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from images.blocks import CaptionedImageBlock

INLINE_FEATURES = ["bold", "italic", "link", "document-link"]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock()
    level = blocks.ChoiceBlock(choices=[("h2", "Heading"), ("h3", "Subheading")], default="h2")

    class Meta:
        icon = "title"
        template = "news/blocks/heading.html"


class QuoteValue(blocks.StructValue):
    @property
    def attribution_line(self):
        person = self.get("person")
        name = self.get("attribution") or (person.name if person else "")
        return ", ".join(part for part in (name, self.get("role")) if part)


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    person = SnippetChooserBlock("people.Person", required=False, help_text="Who said it, if in our people list.")
    attribution = blocks.CharBlock(required=False, help_text="Who said it, if not chosen above.")
    role = blocks.CharBlock(required=False, help_text="Their role when they said it.")

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"
        value_class = QuoteValue


class KeyFigureBlock(blocks.StructBlock):
    """A statistic set apart from the text: "92% of non-Roma have toilets inside
    their homes, compared to only 50% of the Roma population"."""

    figure = blocks.CharBlock(max_length=30, help_text='The number as printed, e.g. "92%".')
    label = blocks.CharBlock(help_text='What it counts, e.g. "of non-Roma have toilets inside their homes".')
    comparison_figure = blocks.CharBlock(max_length=30, required=False, help_text='e.g. "50%".')
    comparison_label = blocks.CharBlock(required=False, help_text='e.g. "of the Roma population".')
    source = blocks.CharBlock(required=False, help_text="Where the figure comes from, if known.")

    class Meta:
        icon = "list-ol"
        label = "Key figure"
        template = "news/blocks/key_figure.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Leave empty to use the document's own title.")

    class Meta:
        icon = "doc-full"
        template = "news/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    key_figure = KeyFigureBlock()
    embed = EmbedBlock(help_text="A YouTube, Vimeo or other oEmbed URL.", icon="media")
    document = DocumentBlock()
    table = TableBlock(template="news/blocks/table.html")


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.TextBlock()
    answer = blocks.RichTextBlock(features=INLINE_FEATURES + ["ul", "ol"])

    class Meta:
        icon = "help"
        label = "Question and answer"
        template = "news/blocks/question_answer.html"


class StatementBlock(blocks.StructBlock):
    """A passage in the speaker's own words, printed as their speech."""

    text = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "openquote"
        label = "Statement"
        template = "news/blocks/statement.html"


class InterviewBodyBlock(BodyBlock):
    question_answer = QuestionAnswerBlock()
    statement = StatementBlock()
