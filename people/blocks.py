from wagtail import blocks


class ActionPlanBlock(blocks.StructBlock):
    title = blocks.CharBlock(help_text='e.g. "Local Action Plan for Roma and Egyptians".')
    year_adopted = blocks.IntegerBlock(required=False, min_value=1900, max_value=2100)
    description = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], required=False)
    partners = blocks.ListBlock(
        blocks.CharBlock(label="Partner"),
        default=[],
        help_text="Organisations that drew up or carry out the plan with the authority.",
    )

    class Meta:
        icon = "list-ul"
        label = "Action plan"
        template = "people/blocks/action_plan.html"


class ProjectBlock(blocks.StructBlock):
    title = blocks.CharBlock(help_text='e.g. "Support Center for Roma and Vulnerable Groups".')
    year_started = blocks.IntegerBlock(required=False, min_value=1900, max_value=2100)
    description = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], required=False)
    european_funds = blocks.BooleanBlock(
        required=False, label="Uses European funds", help_text="Tick if the project is financed by EU funds."
    )
    staff = blocks.ListBlock(
        blocks.CharBlock(label="Position"),
        default=[],
        help_text='Who the project employs, one position a line, e.g. "Roma facilitator".',
    )

    class Meta:
        icon = "pick"
        label = "Project"
        template = "people/blocks/project.html"


class InitiativesBlock(blocks.StreamBlock):
    action_plan = ActionPlanBlock()
    project = ProjectBlock()
