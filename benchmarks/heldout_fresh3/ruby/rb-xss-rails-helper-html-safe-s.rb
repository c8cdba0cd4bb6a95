module UsersHelper
  def user_badge(user)
    css = user.staff? ? "badge badge-staff" : "badge"
    "<span class=\"#{css}\">#{ERB::Util.html_escape(user.display_name)}</span>".html_safe
  end

  def comment_header(comment)
    safe_join([user_badge(comment.author), " ",
               time_ago_in_words(comment.created_at), " ago"])
  end
end
