from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ProgrammeItemBlock(blocks.StructBlock):
    date = blocks.DateBlock(required=False, help_text="For events of several days.")
    start_time = blocks.TimeBlock(required=False)
    end_time = blocks.TimeBlock(required=False)
    title = blocks.CharBlock(help_text='e.g. "Opening session" or "Panel: access to European funds".')
    description = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], required=False)
    speakers = blocks.ListBlock(SnippetChooserBlock("people.Person"), default=[])

    class Meta:
        icon = "time"
        label = "Programme item"
        template = "events/blocks/programme_item.html"


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()
