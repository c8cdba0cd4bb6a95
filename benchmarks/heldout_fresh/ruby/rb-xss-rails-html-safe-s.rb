class SearchController < ApplicationController
  before_action :authenticate_user!

  def hint
    term = params[:q].to_s
    count = Product.where("name ILIKE ?", "%#{term}%").count
    fragment = "<p class=\"hint\">#{count} results for <em>#{ERB::Util.html_escape(term)}</em></p>"
    render html: fragment.html_safe
  end
end
